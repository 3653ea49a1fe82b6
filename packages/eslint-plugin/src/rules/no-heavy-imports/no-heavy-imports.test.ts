import { createRuleTester } from '../../../test/rule-tester.js';
import rule from './no-heavy-imports.js';

const ruleTester = createRuleTester();

ruleTester.run('no-heavy-imports', rule, {
  valid: [
    `import debounce from 'lodash/debounce';`,
    `import { debounce } from 'lodash-es';`,
    `import { format } from 'date-fns';`,
    `import dayjs from 'dayjs';`,
    // type-only imports cost nothing at run time
    `import type { Moment } from 'moment';`,
    `import { type Moment } from 'moment';`,
    `export type { LoDashStatic } from 'lodash';`,
    // dynamic import is already split out of the main bundle
    `const load = () => import('moment');`,
    // allow option
    { code: `import moment from 'moment';`, options: [{ allow: ['moment'] }] },
    // replaced defaults
    { code: `import _ from 'lodash';`, options: [{ replaceDefaults: true, packages: [{ name: 'antd', alternative: 'per-component imports' }] }] },
    // a package whose name merely starts the same
    `import momentum from 'momentum';`,
  ],
  invalid: [
    {
      code: `import moment from 'moment';`,
      errors: [{ messageId: 'heavyImport', line: 1, column: 20, data: { name: 'moment', alternative: 'date-fns or dayjs (moment is ~72 kB gzipped with its locales and cannot be tree-shaken)' } }],
    },
    {
      code: `import _ from 'lodash';\nimport { debounce } from 'lodash';\nexport * from 'lodash';\nconst m = require('moment-timezone');`,
      errors: [
        { messageId: 'heavyImport', line: 1, column: 15 },
        { messageId: 'heavyImport', line: 2, column: 26 },
        { messageId: 'heavyImport', line: 3, column: 15 },
        { messageId: 'heavyImport', line: 4, column: 19 },
      ],
    },
    {
      // a side-effect import, an empty import and an import mixing types and values bring in the package
      code: `import 'lodash';\nimport {} from 'moment';\nimport { type LoDashStatic, debounce } from 'lodash';`,
      errors: [
        { messageId: 'heavyImport', line: 1, column: 8 },
        { messageId: 'heavyImport', line: 2, column: 16 },
        { messageId: 'heavyImport', line: 3, column: 45 },
      ],
    },
    {
      // an escape in the specifier: the value, not the text, is what counts
      code: `import _ from 'lod\\x61sh';`,
      errors: [{ messageId: 'heavyImport', line: 1, column: 15, data: { name: 'lodash', alternative: 'per-method imports (\`lodash/debounce\`), lodash-es, or native methods (the CommonJS root build is ~25 kB gzipped and is not tree-shaken)' } }],
    },
    {
      // many configured packages
      code: `import { Button } from 'antd';\nimport x from 'p16';`,
      options: [{ packages: Array.from({ length: 17 }, (_, i) => ({ name: i === 0 ? 'antd' : `p${i}`, alternative: 'x' })) }],
      errors: [{ messageId: 'heavyImport', line: 1, column: 24 }, { messageId: 'heavyImport', line: 2, column: 15 }],
    },
    {
      code: `import { Button } from 'antd';`,
      options: [{ packages: [{ name: 'antd', alternative: 'per-component imports' }] }],
      errors: [{ messageId: 'heavyImport', line: 1, column: 24, data: { name: 'antd', alternative: 'per-component imports' } }],
    },
  ],
});
