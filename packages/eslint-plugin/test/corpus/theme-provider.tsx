// Corpus: context providers, old and React 19 forms.
import { createContext, useCallback, useMemo, useState, type ReactNode } from 'react';

type Theme = 'light' | 'dark';
const ThemeContext = createContext<{ theme: Theme; toggle: () => void }>({ theme: 'light', toggle: () => {} });
const LocaleContext = createContext('en');
const FlagsContext = createContext<Record<string, boolean>>({});
const SessionContext = createContext<{ user: string | null }>({ user: null });
const DEFAULT_FLAGS = { beta: false };

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<Theme>('light');
  const toggle = useCallback(() => setTheme((t) => (t === 'light' ? 'dark' : 'light')), []);
  const value = useMemo(() => ({ theme, toggle }), [theme, toggle]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>; // look-alike: no-unstable-context-value
}

export function UnstableThemeProvider({ children }: { children: ReactNode }) {
  const [theme, setTheme] = useState<Theme>('light');
  return (
    <ThemeContext.Provider
      value={{ theme, toggle: () => setTheme(theme === 'light' ? 'dark' : 'light') }} // expect: no-unstable-context-value
    >
      {children}
    </ThemeContext.Provider>
  );
}

export function LocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>; // look-alike: no-unstable-context-value
}

export function FlagsProvider({ flags, children }: { flags?: Record<string, boolean>; children: ReactNode }) {
  const merged = { ...DEFAULT_FLAGS, ...flags };
  return (
    <FlagsContext value={merged}> {/* expect: no-unstable-context-value */}
      <FlagsContext value={DEFAULT_FLAGS}>{children}</FlagsContext> {/* look-alike: no-unstable-context-value */}
    </FlagsContext>
  );
}

export function SessionProvider({ user, children }: { user: string | null; children: ReactNode }) {
  const [session] = useState(() => ({ user }));
  return (
    <SessionContext.Provider value={session}> {/* look-alike: no-unstable-context-value */}
      <input value={[user].join()} readOnly /> {/* look-alike: no-unstable-context-value */}
      {children}
    </SessionContext.Provider>
  );
}

export function MultiProvider({ user, children }: { user: string; children: ReactNode }) {
  const sessionValue = useMemo(() => ({ user }), [user]);
  return (
    <SessionContext.Provider value={sessionValue}> {/* look-alike: no-unstable-context-value */}
      <LocaleContext.Provider value={`${user}-en`}>{children}</LocaleContext.Provider> {/* look-alike: no-unstable-context-value */}
      <SessionContext.Provider value={{ user: null }}>{children}</SessionContext.Provider> {/* expect: no-unstable-context-value */}
    </SessionContext.Provider>
  );
}
