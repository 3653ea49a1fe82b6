/** With type information, memoized components imported from other modules are recognised. */
import { RuleTester } from '@typescript-eslint/rule-tester';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';
import rule from './no-unstable-memo-props.js';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tsconfigRootDir = fileURLToPath(new URL('../../../test/fixtures/typed', import.meta.url));
const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: { project: './tsconfig.json', tsconfigRootDir, ecmaFeatures: { jsx: true } },
  },
});
const filename = 'file.tsx';

ruleTester.run('no-unstable-memo-props (typed)', rule, {
  valid: [
    { filename, code: `import { Plain } from './row';\nexport function List() { return <Plain style={{}} />; }` },
    { filename, code: `import { ui } from './row';\nexport function List() { return <ui.Plain style={{}} />; }` },
    { filename, code: `import { Row } from './row';\nconst S = {};\nexport function List() { return <Row style={S} key={[1].join()} ref={null} />; }` },
  ],
  invalid: [
    {
      filename,
      code: `import { Row } from './row';\nexport function List() { return <Row style={{}} onPick={() => {}} />; }`,
      errors: [
        { messageId: 'unstableProp', line: 2, column: 38 },
        { messageId: 'unstableProp', line: 2, column: 49 },
      ],
    },
    {
      filename,
      code: `import { ui } from './row';\nexport function List() { return <ui.Row style={{}} onPick={console.log} />; }`,
      errors: [{ messageId: 'unstableProp', line: 2, column: 41, data: { prop: 'style', component: 'ui.Row', kind: 'object', via: '' } }],
    },
  ],
});
