/**
 * Generates pipeline/document-types.ts from schemas/*.schema.json, so the TypeScript types and
 * the published JSON Schemas cannot drift apart. `npm run gen:types` rewrites the file;
 * test/schema-types.test.ts fails when the committed file is stale.
 */
import { compileFromFile } from 'json-schema-to-typescript';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Returns the TypeScript source generated from the document schema. */
export async function generateDocumentTypes(): Promise<string> {
  const ts = await compileFromFile(path.join(root, 'schemas/document.schema.json'), {
    cwd: path.join(root, 'schemas'),
    bannerComment:
      '/* Generated from schemas/*.schema.json by scripts/gen-types.ts (npm run gen:types). Do not edit. */',
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true },
  });
  return ts;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = path.join(root, 'pipeline/document-types.ts');
  await writeFile(out, await generateDocumentTypes());
  console.error(`wrote ${path.relative(root, out)}`);
}
