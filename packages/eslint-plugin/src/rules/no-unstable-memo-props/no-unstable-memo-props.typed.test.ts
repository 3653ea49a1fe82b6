/**
 * With type information (the real @types/react 19), memoized components imported from other
 * modules are recognised: `memo(fn)` is typed `NamedExoticComponent`, `memo(forwardRef(...))`
 * likewise; a same-named type that is not React's is not evidence.
 */
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
    // forwardRef alone: ForwardRefExoticComponent extends NamedExoticComponent but is not memo
    { filename, code: `import { PlainField } from './field';\nexport function Form() { return <PlainField style={{}} />; }` },
    // a look-alike type named NamedExoticComponent, not from @types/react
    { filename, code: `import { Lookalike } from './look-alike-types';\nexport function Form() { return <Lookalike style={{}} />; }` },
    // memoized, but the JSX is made inside useMemo: once per dependency change
    { filename, code: `import { useMemo } from 'react';\nimport { Row } from './row';\nexport function List() { return useMemo(() => <Row style={{}} onPick={() => {}} />, []); }` },
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
    {
      // memo(forwardRef(...)) imported from another file
      filename,
      code: `import { Field } from './field';\nexport function Form() { return <Field style={{}} onChange={() => {}} />; }`,
      errors: [
        { messageId: 'unstableProp', line: 2, column: 40, data: { prop: 'style', component: 'Field', kind: 'object', via: '' } },
        { messageId: 'unstableProp', line: 2, column: 51, data: { prop: 'onChange', component: 'Field', kind: 'function', via: '' } },
      ],
    },
  ],
});
