/** `npm run schemas`: writes docs/schemas/*.schema.json from the Zod schemas. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemas } from '../content-model/editor-schemas';

const dir = join(import.meta.dirname, '../../docs/schemas');
for (const [name, text] of Object.entries(editorSchemas())) writeFileSync(join(dir, name), text);
process.stdout.write(`已生成 ${Object.keys(editorSchemas()).length} 个 JSON Schema 到 docs/schemas/\n`);
