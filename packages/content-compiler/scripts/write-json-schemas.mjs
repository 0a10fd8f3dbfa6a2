// Writes schemas/*.schema.json from the built compiler's zod schemas.
// Usage: node scripts/write-json-schemas.mjs [--check]   (--check fails if a file is stale)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../dist/json-schemas.js';

const folder = new URL('../schemas/', import.meta.url);
mkdirSync(folder, { recursive: true });
const stale = [];
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const file = new URL(name, folder);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (!process.argv.includes('--check')) writeFileSync(file, text);
  else if (readFileSync(file, 'utf8') !== text) stale.push(name);
}
if (stale.length > 0) {
  console.error(`Stale JSON Schemas: ${stale.join(', ')}. Run npm run build in packages/content-compiler and commit schemas/.`);
  process.exit(1);
}
