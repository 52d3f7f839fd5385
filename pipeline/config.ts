import { readFile } from 'node:fs/promises';
import { ErrorCode, NewsmarkError } from './errors.js';
import type { OptionValue, StageDefinition, StageOptions } from './stage.js';

/**
 * A configuration file: an optional stage list, and per-stage options namespaced by stage name.
 *
 * ```json
 * { "stages": ["tokenize", "entities"], "entities": { "minConfidence": 0.5 } }
 * ```
 */
export interface NewsmarkConfig {
  stages?: string[];
  [stage: string]: StageOptions | string[] | undefined;
}

/** Reads and parses a JSON configuration file; any problem is a CONFIG_INVALID error. */
export async function readConfigFile(file: string): Promise<NewsmarkConfig> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new NewsmarkError(ErrorCode.CONFIG_INVALID, `cannot read config file ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new NewsmarkError(ErrorCode.CONFIG_INVALID, `config file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new NewsmarkError(ErrorCode.CONFIG_INVALID, `config file ${file} must hold a JSON object`);
  }
  return parsed as NewsmarkConfig;
}

/**
 * Parses `stage.option=value` assignments (CLI `--set`). Values are read as JSON when they parse
 * (numbers, booleans, arrays), otherwise as strings.
 */
export function parseAssignments(assignments: readonly string[]): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  const problems: string[] = [];
  for (const assignment of assignments) {
    const match = /^([a-zA-Z][\w-]*\.[\w.]+)=(.*)$/s.exec(assignment);
    if (!match) {
      problems.push(`"${assignment}" is not of the form stage.option=value`);
      continue;
    }
    const [, key, value] = match as unknown as [string, string, string];
    try {
      out[key] = JSON.parse(value) as OptionValue;
    } catch {
      out[key] = value;
    }
  }
  if (problems.length > 0) throw new NewsmarkError(ErrorCode.CONFIG_INVALID, 'invalid --set value', { details: problems });
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Layers options: stage defaults ← config file ← `stage.option` overrides. Returns the effective
 * options per stage and every problem found (unknown stage namespaces, unknown options, values
 * whose type differs from the default's).
 */
export function resolveOptions(
  stages: readonly StageDefinition[],
  config: NewsmarkConfig,
  overrides: Readonly<Record<string, OptionValue>>,
): { options: Record<string, StageOptions>; problems: string[] } {
  const problems: string[] = [];
  const byName = new Map(stages.map((s) => [s.name, s]));
  const options: Record<string, StageOptions> = {};
  for (const stage of stages) options[stage.name] = { ...stage.defaults };

  const apply = (stageName: string, key: string, value: unknown, origin: string): void => {
    const stage = byName.get(stageName);
    if (!stage) {
      problems.push(`${origin}: "${stageName}" is not a stage of this pipeline (stages: ${[...byName.keys()].join(', ')})`);
      return;
    }
    if (!(key in stage.defaults)) {
      const known = Object.keys(stage.defaults);
      problems.push(`${origin}: stage "${stageName}" has no option "${key}" (options: ${known.length > 0 ? known.join(', ') : 'none'})`);
      return;
    }
    const expected = typeName(stage.defaults[key]);
    const actual = typeName(value);
    if (expected !== 'null' && expected !== actual) {
      problems.push(`${origin}: ${stageName}.${key} must be ${expected}, got ${actual}`);
      return;
    }
    (options[stageName] as Record<string, unknown>)[key] = value;
  };

  for (const [name, value] of Object.entries(config)) {
    if (name === 'stages') continue;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`config: "${name}" must be an object of options for stage "${name}"`);
      continue;
    }
    if (!byName.has(name)) {
      problems.push(`config: "${name}" is not a stage of this pipeline (stages: ${[...byName.keys()].join(', ')})`);
      continue;
    }
    for (const [key, v] of Object.entries(value)) apply(name, key, v, 'config');
  }
  for (const [path, value] of Object.entries(overrides)) {
    const dot = path.indexOf('.');
    apply(path.slice(0, dot), path.slice(dot + 1), value, `--set ${path}`);
  }
  return { options, problems };
}
