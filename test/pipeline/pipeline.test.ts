import { describe, expect, it } from 'vitest';
import { annotateText, createPipeline, planPipeline } from '../../pipeline/pipeline.js';
import { defineStage } from '../../pipeline/stage.js';
import { ErrorCode, NewsmarkError } from '../../pipeline/errors.js';
import { validateDocument } from '../../pipeline/validate.js';
import tokenizeStage from '../../stages/tokenize/index.js';

const claimsStub = (name: string, requires: string[], produces: Array<'claims' | 'stances' | 'entities'> = ['claims']) =>
  defineStage({ name, version: '1.0.0', requires, produces, defaults: {}, create: () => () => Object.fromEntries(produces.map((p) => [p, []])) });

async function buildError(promise: Promise<unknown>): Promise<NewsmarkError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(NewsmarkError);
    return error as NewsmarkError;
  }
  throw new Error('expected the pipeline build to fail');
}

describe('defineStage', () => {
  it('rejects a malformed declaration at once', () => {
    expect(() => defineStage({ name: 'Bad Name', version: 'one', requires: [], produces: [], defaults: {}, create: () => () => ({}) })).toThrow(
      /name "Bad Name".*version "one".*produces no layer/,
    );
  });
});

describe('createPipeline checks the whole pipeline before any document', () => {
  it('reports every problem in one error', async () => {
    const error = await buildError(
      createPipeline({
        stages: [claimsStub('needs-entities', ['entities']), 'tokenize', claimsStub('dup', ['tokens']), 'no-such-stage'],
      }),
    );
    expect(error.code).toBe(ErrorCode.PIPELINE_INVALID);
    expect(error.details).toHaveLength(3);
    expect(error.message).toMatch(/unknown stage "no-such-stage"/);
    expect(error.message).toMatch(/"needs-entities" requires "entities", which no earlier stage produces/);
    expect(error.message).toMatch(/layer "claims" is produced by both "needs-entities" and "dup"/);
  });

  it('says which stage must come first when the order is wrong', async () => {
    const error = await buildError(createPipeline({ stages: [claimsStub('early', ['tokens']), 'tokenize'] }));
    expect(error.message).toMatch(/"tokenize" produces only after it: put "tokenize" first/);
  });

  it('rejects unknown options, unknown stages in the config and wrong option types', async () => {
    const withOption = defineStage({ name: 'opt', version: '1.0.0', requires: [], produces: ['claims'], defaults: { minConfidence: 0.5 }, create: () => () => ({ claims: [] }) });
    const error = await buildError(
      createPipeline({ stages: [withOption], config: { opt: { minConfidence: 'high', other: 1 }, nosuch: {} }, set: { 'opt.typo': 3 } }),
    );
    expect(error.code).toBe(ErrorCode.CONFIG_INVALID);
    expect(error.details).toEqual([
      'config: stage "opt" has no option "other" (options: minConfidence)',
      'config: "nosuch" is not a stage of this pipeline (stages: opt)',
      'config: opt.minConfidence must be number, got string',
      '--set opt.typo: stage "opt" has no option "typo" (options: minConfidence)',
    ].sort((a, b) => error.details.indexOf(a) - error.details.indexOf(b)));
    expect(error.details).toHaveLength(4);
  });
});

describe('options are layered: defaults ← config ← overrides, and hashed', () => {
  const seen: number[] = [];
  const stage = defineStage({
    name: 'opt',
    version: '1.0.0',
    requires: [],
    produces: ['claims'],
    defaults: { level: 1 },
    create: (options) => {
      seen.push(options.level);
      return () => ({ claims: [] });
    },
  });

  it('passes the effective options to create and records a hash that changes with them', async () => {
    const a = await createPipeline({ stages: [stage] });
    const b = await createPipeline({ stages: [stage], config: { opt: { level: 2 } } });
    const c = await createPipeline({ stages: [stage], config: { opt: { level: 2 } }, set: { 'opt.level': 3 } });
    expect(seen).toEqual([1, 2, 3]);
    expect(new Set([a.info.configHash, b.info.configHash, c.info.configHash]).size).toBe(3);
    const again = await planPipeline({ stages: [stage], config: { opt: { level: 2 } } });
    expect(again.info.configHash).toBe(b.info.configHash);
  });
});

describe('running stages', () => {
  it('fails the document naming the stage when a stage throws', async () => {
    const thrower = defineStage({ name: 'thrower', version: '1.0.0', requires: ['tokens'], produces: ['claims'], defaults: {}, create: () => () => { throw new Error('kaput'); } });
    const pipeline = await createPipeline({ stages: ['tokenize', thrower] });
    expect(() => pipeline.annotate('Kim said no.')).toThrow(/stage "thrower" failed: kaput/);
    try {
      pipeline.annotate('Kim said no.');
    } catch (error) {
      expect((error as NewsmarkError).stage).toBe('thrower');
      expect((error as NewsmarkError).code).toBe(ErrorCode.STAGE_FAILED);
    }
  });

  it('refuses a stage that returns layers it did not declare', async () => {
    const sneaky = defineStage({ name: 'sneaky', version: '1.0.0', requires: [], produces: ['claims'], defaults: {}, create: () => () => ({ claims: [], stances: [] }) });
    const pipeline = await createPipeline({ stages: [sneaky] });
    expect(() => pipeline.annotate('Text.')).toThrow(/not declared: stances/);
  });

  it('never returns an invalid document: a schema violation fails it', async () => {
    const badSpan = defineStage({
      name: 'bad',
      version: '1.0.0',
      requires: [],
      produces: ['sentences'],
      defaults: {},
      create: () => (doc) => ({ sentences: [{ start: 0, end: doc.text.length + 5 }] }),
    });
    const pipeline = await createPipeline({ stages: [badSpan] });
    expect(() => pipeline.annotate('Short.')).toThrow(/does not match the schema[\s\S]*outside the text/);
  });

  it('collects stage reports into messages, with the stage name', async () => {
    const reporter = defineStage({
      name: 'reporter',
      version: '1.0.0',
      requires: [],
      produces: ['claims'],
      defaults: {},
      create: () => (_doc, ctx) => {
        ctx.report({ severity: 'warning', code: 'ODD_TEXT', message: 'looks odd', span: { start: 0, end: 3 } });
        return { claims: [] };
      },
    });
    const doc = await (await createPipeline({ stages: [reporter] })).annotate('Odd text.');
    expect(doc.messages).toEqual([{ severity: 'warning', code: 'ODD_TEXT', message: 'looks odd', stage: 'reporter', span: { start: 0, end: 3 } }]);
  });

  it('serialises the document keys in canonical order', async () => {
    const pipeline = await createPipeline({ stages: ['tokenize'] });
    const doc = pipeline.annotate('Seoul condemned the launch.');
    expect(Object.keys(doc)).toEqual(['id', 'source', 'text', 'pipeline', 'sentences', 'tokens', 'messages']);
  });
});

describe('annotateText', () => {
  it('resolves to a valid document whose text is exactly the input', async () => {
    const text = 'KCNA said the “satellite” failed.\r\n';
    const doc = await annotateText(text, { stages: ['tokenize'] });
    expect(doc.text).toBe(text);
    expect(doc.source).toMatchObject({ path: null, encoding: 'utf-8', bytes: Buffer.byteLength(text) });
    expect(doc.pipeline.stages).toEqual([{ name: 'tokenize', version: tokenizeStage.version }]);
    expect(validateDocument(doc)).toEqual({ valid: true, errors: [] });
  });

  it('refuses an empty text with a clear error', async () => {
    await expect(annotateText('  \n ', { stages: ['tokenize'] })).rejects.toThrow(/no text/);
  });
});
