// Writes dist/config.schema.json (JSON Schema of perfgate.config.json) after `tsc`; run by `pnpm build`.
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/config/index.js';

const schema = { title: 'perfgate config', ...configJsonSchema() };
writeFileSync(new URL('../dist/config.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
