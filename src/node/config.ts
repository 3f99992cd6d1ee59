/**
 * Finds and reads `.regiecheck.json` up the folder tree from a file (Node only; the CLI and the extension
 * share it). A broken file never stops analysis: the error names the file and the problem, and the valid
 * parts (or the defaults) are used.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateConfig, type ConfigError, type RegiecheckConfig } from '../core/config';
import { RULES } from '../core/rules/index';
import { conceptIds } from '../core/vocab';

export const CONFIG_FILE = '.regiecheck.json';

export interface LoadedConfig {
  config: RegiecheckConfig;
  /** The file the config came from, if any. */
  source?: string;
  errors: Array<{ file: string; message: string }>;
}

const RULE_IDS = new Set(RULES.map((r) => r.id));
/** Every concept of the vocabulary (rule families, checklist cues, profile and reading lists) takes user phrases. */
const FAMILY_IDS = new Set(conceptIds());

/** The nearest `.regiecheck.json` at or above `dir`, or undefined. */
export function findConfigFile(dir: string): string | undefined {
  let current = path.resolve(dir);
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Read and validate one config file. */
export function readConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { config: {}, source: file, errors: [{ file, message: `${file}: kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? String(e)})` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: {}, source: file, errors: [{ file, message: `${file}: geen geldige JSON (${(e as Error).message}); de standaardinstellingen worden gebruikt` }] };
  }
  const { rest, errors: commentErrors } = withoutComment(raw);
  const { config, errors } = validateConfig(rest, RULE_IDS, FAMILY_IDS);
  return { config, source: file, errors: [...commentErrors, ...errors].map((e) => ({ file, message: `${file}: ${e.path}: ${e.message}` })) };
}

/**
 * JSON has no comments, so `.regiecheck.json` takes them in a top-level `"//"` field (a text or a list of texts, as
 * in package.json); the loader drops it before validating. Real comments are not accepted: the extension rewrites
 * this file with JSON.parse/JSON.stringify (hidden findings, allowed phrases), which would fail on them.
 */
export const COMMENT_KEY = '//';

function withoutComment(raw: unknown): { rest: unknown; errors: ConfigError[] } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !(COMMENT_KEY in raw)) return { rest: raw, errors: [] };
  const { [COMMENT_KEY]: comment, ...rest } = raw as Record<string, unknown>;
  const ok = typeof comment === 'string' || (Array.isArray(comment) && comment.every((c) => typeof c === 'string'));
  return { rest, errors: ok ? [] : [{ path: `$.${COMMENT_KEY}`, message: 'commentaar moet een tekst of een lijst met teksten zijn' }] };
}

/** The config that applies to a file (or folder): the nearest `.regiecheck.json` above it. */
export function loadConfigFor(filePath: string): LoadedConfig {
  let dir = path.resolve(filePath);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  const file = findConfigFile(dir);
  return file ? readConfigFile(file) : { config: {}, errors: [] };
}
