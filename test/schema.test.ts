import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocumentTypes } from '../scripts/gen-types.js';
import { generateValidatorSource } from '../scripts/gen-validator.js';
import { validateDocument } from '../pipeline/validate.js';
import * as api from '../pipeline/index.js';
import { root } from './helpers.js';

const minimal = {
  id: 'a.txt',
  source: { path: 'a.txt', record: null, sha256: 'a'.repeat(64), encoding: 'utf-8', bytes: 12 },
  text: 'Kim said no.',
  pipeline: { name: 'newsmark', version: '0.1.0', schema: '1.0.0', stages: [], configHash: 'b'.repeat(64) },
  messages: [],
};

describe('the schema contract', () => {
  it('has TypeScript types generated from the current schemas (run npm run gen:types if this fails)', async () => {
    const committed = await readFile(path.join(root, 'pipeline/document-types.ts'), 'utf8');
    expect(await generateDocumentTypes()).toBe(committed);
  });

  it('validates with code compiled from the current schemas (run npm run gen:validator if this fails)', async () => {
    const committed = await readFile(path.join(root, 'pipeline/document-validator.ts'), 'utf8');
    expect(await generateValidatorSource()).toBe(committed);
  });

  it('is importable by package name, as dataset builders do', () => {
    const require = createRequire(path.join(root, 'package.json'));
    const schema = require('newsmark/schemas/document.schema.json');
    expect(schema.$id).toBe('https://newsmark.dev/schemas/v1/document.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts a minimal document and rejects what breaks the contract', () => {
    expect(validateDocument(minimal)).toEqual({ valid: true, errors: [] });
    expect(validateDocument({ ...minimal, extra: 1 }).errors).toEqual(['(document) must NOT have additional properties (extra)']);
    expect(validateDocument({ ...minimal, id: undefined }).valid).toBe(false);
    expect(validateDocument({ ...minimal, tokens: [{ start: 0, end: 3, pos: 'PROPN' }] }).errors[0]).toMatch(/\/tokens\/0 must have required property 'lemma'/);
    expect(validateDocument({ ...minimal, entities: [{ id: 'm1', start: 0, end: 3, text: 'Kim', type: 'ROBOT', entity: 'e1', confidence: 1, evidence: ['x'] }] }).errors[0]).toMatch(
      /\/entities\/0\/type must be equal to one of the allowed values/,
    );
    expect(validateDocument({ ...minimal, entities: [{ id: 'm1', start: 0, end: 3, text: 'Kin', type: 'PERSON', entity: 'e1', confidence: 1, evidence: ['x'] }] }).errors).toEqual([
      '/entities/0/text does not match text.slice(0, 3)',
    ]);
    expect(validateDocument('not a document').valid).toBe(false);
  });
});

describe('the public API', () => {
  it('exports the library functions', () => {
    for (const name of ['createPipeline', 'annotateText', 'annotateCorpus', 'validateDocument', 'defineStage', 'planPipeline', 'NewsmarkError', 'ErrorCode']) {
      expect(typeof (api as Record<string, unknown>)[name], name).not.toBe('undefined');
    }
    expect(api.defaultStageNames[0]).toBe('tokenize');
  });
});
