/**
 * Configuration: per-rule severity or off, extra phrases per vocabulary concept (src/core/vocab), an allow list, hidden findings.
 * Sources (lowest first): defaults, `.regiecheck.json` found up the folder tree (src/node/config.ts),
 * VS Code settings or CLI flags. `validateConfig` turns untrusted JSON into a config plus readable errors,
 * so a broken file never stops analysis: the valid parts are used and the errors are shown.
 */
import type { Locale, Severity } from './types';
import { SEVERITIES } from './types';
import { closestConceptId } from './vocab';

export type RuleSetting = Severity | 'off';

export interface HiddenFinding { rule: string; fingerprint: string; text?: string }

export interface RegiecheckConfig {
  /** Rule id → severity or "off". */
  rules?: Record<string, RuleSetting>;
  /** Vocabulary concept id (rule family, checklist cue, profile or reading list) → extra phrases, in the phrase syntax of src/core/vocab/phrase.ts. */
  phrases?: Record<string, string[]>;
  /** Phrases that are never flagged (matched against a finding's words, case-insensitive). */
  allow?: string[];
  /** Findings hidden by the user ("hide this finding"), by position-independent fingerprint. */
  hidden?: HiddenFinding[];
  /** Language of messages. */
  locale?: Locale;
  /** Documents larger than this are not analysed (one notice instead). */
  maxFileSizeKB?: number;
}

export const DEFAULT_MAX_FILE_SIZE_KB = 5120;

export interface ConfigError { path: string; message: string }

export function mergeConfig(base: RegiecheckConfig, over: RegiecheckConfig | undefined): RegiecheckConfig {
  if (!over) return base;
  const phrases: Record<string, string[]> = { ...(base.phrases ?? {}) };
  for (const [k, v] of Object.entries(over.phrases ?? {})) phrases[k] = [...(phrases[k] ?? []), ...v];
  return {
    rules: { ...(base.rules ?? {}), ...(over.rules ?? {}) },
    phrases,
    allow: [...(base.allow ?? []), ...(over.allow ?? [])],
    hidden: [...(base.hidden ?? []), ...(over.hidden ?? [])],
    locale: over.locale ?? base.locale,
    maxFileSizeKB: over.maxFileSizeKB ?? base.maxFileSizeKB,
  };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Check untrusted JSON against the config shape. Unknown rule ids and bad values are reported with a
 * JSON path; what is valid is kept.
 */
export function validateConfig(raw: unknown, knownRules: ReadonlySet<string>, knownFamilies: ReadonlySet<string>): { config: RegiecheckConfig; errors: ConfigError[] } {
  const errors: ConfigError[] = [];
  const config: RegiecheckConfig = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { config, errors: [{ path: '$', message: 'de configuratie moet een JSON-object zijn' }] };
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) {
    if (!['rules', 'phrases', 'allow', 'hidden', 'locale', 'maxFileSizeKB', '$schema'].includes(key)) {
      errors.push({ path: `$.${key}`, message: `onbekende instelling "${key}"` });
    }
  }
  if (r.rules !== undefined) {
    if (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules)) errors.push({ path: '$.rules', message: 'moet een object zijn (regel-id → "off" of een ernst)' });
    else {
      config.rules = {};
      for (const [id, v] of Object.entries(r.rules as Record<string, unknown>)) {
        if (!knownRules.has(id)) { errors.push({ path: `$.rules.${id}`, message: `onbekende regel "${id}"` }); continue; }
        if (typeof v !== 'string' || !(v === 'off' || (SEVERITIES as readonly string[]).includes(v))) {
          errors.push({ path: `$.rules.${id}`, message: `ongeldige waarde ${JSON.stringify(v)}; kies off, error, warning, info of hint` });
          continue;
        }
        config.rules[id] = v as RuleSetting;
      }
    }
  }
  if (r.phrases !== undefined) {
    if (typeof r.phrases !== 'object' || r.phrases === null || Array.isArray(r.phrases)) errors.push({ path: '$.phrases', message: 'moet een object zijn (begrip → lijst met zinsdelen)' });
    else {
      config.phrases = {};
      for (const [fam, v] of Object.entries(r.phrases as Record<string, unknown>)) {
        if (!knownFamilies.has(fam)) {
          const near = closestConceptId(fam, knownFamilies);
          errors.push({ path: `$.phrases.${fam}`, message: `onbekend begrip "${fam}" in de woordenschat${near ? `; bedoelt u "${near}"?` : ''}` });
          continue;
        }
        if (!isStringArray(v)) { errors.push({ path: `$.phrases.${fam}`, message: 'moet een lijst met teksten zijn' }); continue; }
        config.phrases[fam] = v;
      }
    }
  }
  if (r.allow !== undefined) {
    if (isStringArray(r.allow)) config.allow = r.allow;
    else errors.push({ path: '$.allow', message: 'moet een lijst met teksten zijn' });
  }
  if (r.hidden !== undefined) {
    if (Array.isArray(r.hidden) && r.hidden.every((h) => h && typeof h === 'object' && typeof (h as HiddenFinding).rule === 'string' && typeof (h as HiddenFinding).fingerprint === 'string')) {
      config.hidden = r.hidden as HiddenFinding[];
    } else errors.push({ path: '$.hidden', message: 'moet een lijst met {"rule", "fingerprint"} zijn' });
  }
  if (r.locale !== undefined) {
    if (r.locale === 'nl' || r.locale === 'en') config.locale = r.locale;
    else errors.push({ path: '$.locale', message: 'kies "nl" of "en"' });
  }
  if (r.maxFileSizeKB !== undefined) {
    if (typeof r.maxFileSizeKB === 'number' && r.maxFileSizeKB > 0 && Number.isFinite(r.maxFileSizeKB)) config.maxFileSizeKB = r.maxFileSizeKB;
    else errors.push({ path: '$.maxFileSizeKB', message: 'moet een positief getal zijn' });
  }
  return { config, errors };
}
