/**
 * Generates pipeline/document-validator.ts, the document validator as standalone code compiled
 * by ajv from schemas/*.schema.json (the source of truth). Compiling the schemas at run time cost
 * every worker thread ~150 ms of start-up (loading ajv, checking the schemas against the
 * meta-schema, code generation); the generated module loads in a few milliseconds.
 * `npm run gen:validator` rewrites the file; test/schema.test.ts fails when it is stale.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The schema files, dependencies first; `document` is the one validated against. */
const SCHEMA_FILES = [
  'span', 'source', 'meta', 'pipeline', 'sentences', 'tokens', 'entities', 'entity-clusters', 'claims', 'stances', 'messages', 'document',
] as const;

/** `$id` of the document schema. */
const DOCUMENT_SCHEMA_ID = 'https://newsmark.dev/schemas/v1/document.schema.json';

const HEADER = `/* eslint-disable */
// @ts-nocheck
/* Generated from schemas/*.schema.json by scripts/gen-validator.ts (npm run gen:validator). Do not edit. */
import { createRequire } from 'node:module';

// ajv's standalone code loads its runtime helpers (ucs2length) with require, also in ES module output.
const require = createRequire(import.meta.url);
`;

/** Returns the TypeScript module source of the standalone document validator. */
export async function generateValidatorSource(): Promise<string> {
  // The same options the validator was compiled with at run time before it was generated.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source: true, esm: true } });
  for (const name of SCHEMA_FILES) ajv.addSchema(JSON.parse(await readFile(path.join(root, 'schemas', `${name}.schema.json`), 'utf8')));
  const validate = ajv.getSchema(DOCUMENT_SCHEMA_ID);
  if (!validate) throw new Error('document schema not found');
  const code = standaloneCode.default(ajv, validate).replace(/^"use strict";/, '');
  return `${HEADER}${code}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = path.join(root, 'pipeline/document-validator.ts');
  await writeFile(out, await generateValidatorSource());
  console.error(`wrote ${path.relative(root, out)}`);
}
