// DomainFlow lints clean with @perfgate/eslint-plugin's recommended preset (plus typescript-eslint).
// The injected regressions under src/regressions/ are ignored here on purpose: they are the bad
// patterns. test/lint.test.ts lints them and asserts which perfgate rule flags each one.
import tseslint from 'typescript-eslint';
import perfgate from '@perfgate/eslint-plugin';

export default tseslint.config(
  { ignores: ['.next/**', '.next-*/**', 'next-env.d.ts', '.perfgate/**', 'test-results/**', 'playwright-report/**', 'src/regressions/**'] },
  ...tseslint.configs.recommended,
  perfgate.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
