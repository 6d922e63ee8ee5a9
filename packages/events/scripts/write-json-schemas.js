// Writes the JSON Schemas generated from the zod schemas into schema/. Run by `build`;
// the files are committed so editors find them without a build, and a test fails when
// they are out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import { getJsonSchemas } from '../dist/index.js';

const dir = new URL('../schema/', import.meta.url);
await mkdir(dir, { recursive: true });
for (const [name, schema] of Object.entries(getJsonSchemas())) {
  await writeFile(new URL(name, dir), `${JSON.stringify(schema, null, 2)}\n`);
}
