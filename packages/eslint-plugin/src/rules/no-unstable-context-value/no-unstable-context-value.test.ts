import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-unstable-context-value.js';

const ruleTester = createRuleTester();

const header = `import { createContext, useMemo, useCallback, useState } from 'react';
const ThemeContext = createContext({ dark: false });
`;

ruleTester.run('no-unstable-context-value', rule, {
  valid: [
    // memoized value
    `${header}export function ThemeProvider({ children }: { children: React.ReactNode }) {
      const [dark, setDark] = useState(false);
      const value = useMemo(() => ({ dark, setDark }), [dark]);
      return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
    }`,
    // module constant
    `${header}const LIGHT = { dark: false };
     export function Light({ children }: { children: React.ReactNode }) { return <ThemeContext value={LIGHT}>{children}</ThemeContext>; }`,
    // primitive value
    `${header}export function Dark({ children }: { children: React.ReactNode }) { return <ThemeContext.Provider value={true as never}>{children}</ThemeContext.Provider>; }`,
    // state value is stable until set
    `${header}export function P({ children }: { children: React.ReactNode }) {
      const [theme] = useState({ dark: true });
      return <ThemeContext value={theme}>{children}</ThemeContext>;
    }`,
    // a value prop on an ordinary component or DOM input is not a context
    `${header}function Field() { return <><input value={[1].join()} /><Select value={{ id: 1 }} /></>; }
     function Select(p: { value: object }) { return <select />; }`,
    // outside a component
    `${header}export const tree = <ThemeContext.Provider value={{ dark: true }}><i /></ThemeContext.Provider>;`,
    // compiler on
    {
      code: `${header}function P() { return <ThemeContext value={{ dark: true }}><i /></ThemeContext>; }`,
      settings: { perfgate: { reactCompiler: true } },
    },
    // a file that only reads contexts (the text pre-check skips it)
    `import { useContext } from 'react';
     export function Reader() { const theme = useContext(ThemeContext); return <Select value={{ theme }} />; }`,
    // useCallback'd function
    `${header}function P({ onSave }: { onSave: () => void }) {
      const save = useCallback(() => onSave(), [onSave]);
      return <SaveContext.Provider value={save}><i /></SaveContext.Provider>;
    }`,
    // a provider tree built inside useMemo / useCallback is made once per dependency change
    `${header}function P({ dark }: { dark: boolean }) {
      return useMemo(() => <ThemeContext value={{ dark }}><i /></ThemeContext>, [dark]);
    }`,
    `${header}function P({ dark }: { dark: boolean }) {
      const wrap = useCallback((child: React.ReactNode) => <ThemeContext.Provider value={{ dark }}>{child}</ThemeContext.Provider>, [dark]);
      return <div>{wrap(<i />)}</div>;
    }`,
  ],
  invalid: [
    {
      code: `${header}export function ThemeProvider({ children }: { children: React.ReactNode }) {
  const [dark, setDark] = useState(false);
  return <ThemeContext.Provider value={{ dark, setDark }}>{children}</ThemeContext.Provider>;
}`,
      errors: [{ messageId: 'unstableValue', line: 5, column: 33, data: { provider: 'ThemeContext.Provider', kind: 'object', via: '', component: 'ThemeProvider' } }],
    },
    {
      // React 19 <Context value>, through a variable, with a useMemo suggestion
      code: `${header}export function ThemeProvider({ children }: { children: React.ReactNode }) {
  const [dark, setDark] = useState(false);
  const value = { dark, toggle: () => setDark(!dark) };
  return <ThemeContext value={value}>{children}</ThemeContext>;
}`,
      errors: [
        {
          messageId: 'unstableValue',
          line: 6,
          column: 24,
          suggestions: [
            {
              messageId: 'wrapInUseMemo',
              output: `${header}export function ThemeProvider({ children }: { children: React.ReactNode }) {
  const [dark, setDark] = useState(false);
  const value = useMemo(() => ({ dark, toggle: () => setDark(!dark) }), [dark, setDark]);
  return <ThemeContext value={value}>{children}</ThemeContext>;
}`,
            },
          ],
        },
      ],
    },
    {
      // whitespace between \`<\` and a React 19 provider tag (the text pre-check walks back over it)
      code: `import { BarContext } from './bar';
export function Bar({ v }: { v: number }) { return <
  BarContext value={{ v }}><i /></BarContext>; }`,
      errors: [{ messageId: 'unstableValue', line: 3, column: 14, data: { provider: 'BarContext', kind: 'object', via: '', component: 'Bar' } }],
    },
    {
      // imported context (React 19 form) with an array and an inline function
      code: `import { CartContext } from './cart';
const Cart = ({ items }: { items: string[] }) => (
  <CartContext value={[items, () => {}]}>
    <AuthContext.Provider value={() => true}><i /></AuthContext.Provider>
  </CartContext>
);`,
      errors: [
        { messageId: 'unstableValue', line: 3, column: 16, data: { provider: 'CartContext', kind: 'array', via: '', component: 'Cart' } },
        { messageId: 'unstableValue', line: 4, column: 27, data: { provider: 'AuthContext.Provider', kind: 'function', via: '', component: 'Cart' } },
      ],
    },
  ],
});
