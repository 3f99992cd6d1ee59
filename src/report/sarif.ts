/**
 * SARIF 2.1.0 output for code-scanning viewers (GitHub code scanning, the VS Code SARIF viewer, Azure DevOps).
 * One run; the driver lists every registered rule with its full metadata; one result per finding with its
 * region (1-based lines, UTF-16 columns, char offsets), the finding's position-independent fingerprint and its
 * key; every analysed document is an artifact carrying its profile and four-key scores; notices (not Dutch,
 * too large, empty) are tool execution notifications. Pure: no fs, no network.
 */
import { getRule, ruleDocFile, RULES, type Rule } from '../core/index';
import type { AnalysisResult, Finding, Locale, Severity } from '../core/types';
import { encodePath } from './escape';

export interface SarifOptions {
  locale?: Locale;
  /** Directory the artifact URIs are made relative to (the `%SRCROOT%` base); default: paths as given. */
  cwd?: string;
  /**
   * Absolute base URI of the rule docs (the folder holding `docs/rules/<file>.md`, ending in `/`), e.g. a
   * `file:///…/docs/rules/` URL of the installed package or a repository URL. SARIF requires helpUri to be
   * absolute, so without a base no helpUri is written; `properties.docs` always has the repo-relative path.
   */
  docsBaseUri?: string;
  toolVersion?: string;
}

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';
type Json = Record<string, unknown>;

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const FINGERPRINT_KEY = 'regiecheck/v1';
const SRCROOT = '%SRCROOT%';

/** error → error, warning → warning, info and hint → note (hint keeps `properties.severity: "hint"`). */
export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** `regie/hol` → `RegieHol` (SARIF's readable `name`; the id stays the stable identifier). */
const ruleName = (id: string): string => id.split(/[/\-_]/).map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');

function ruleDescriptor(rule: Rule, locale: Locale, docsBaseUri?: string): Json {
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  const docs = `docs/rules/${ruleDocFile(rule.id)}`;
  const helpText = `${rule.explanation[locale]}\n\n${rule.fix[locale]}\n\n${locale === 'nl' ? 'Boek' : 'Book'}: ${rule.book}`;
  const examples = (label: string, list: string[]): string => (list.length ? `\n\n**${label}**\n\n${list.map((x) => `- ${x}`).join('\n')}` : '');
  const helpMarkdown = `${rule.explanation[locale]}\n\n**${locale === 'nl' ? 'Beter' : 'Better'}:** ${rule.fix[locale]}` +
    examples(locale === 'nl' ? 'Zo niet' : 'Not like this', rule.examples.bad) +
    examples(locale === 'nl' ? 'Zo wel' : 'Like this', rule.examples.good) +
    `\n\n*${locale === 'nl' ? 'Boek' : 'Book'}: ${rule.book}* · ${locale === 'nl' ? 'Documentatie' : 'Documentation'}: \`${docs}\``;
  const d: Json = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title[locale] },
    fullDescription: { text: rule.explanation[locale] },
    messageStrings: { default: { text: rule.message[locale] } },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    help: { text: helpText, markdown: helpMarkdown },
    properties: {
      key: rule.key,
      book: rule.book,
      scope: rule.scope,
      severity: rule.defaultSeverity,
      docs,
      [`title.${other}`]: rule.title[other],
      tags: ['regiecheck', ...(rule.key ? [rule.key] : []), rule.id.split('/')[0]],
    },
  };
  if (docsBaseUri) d.helpUri = new URL(ruleDocFile(rule.id), docsBaseUri).href;
  return d;
}

/** A file path as a URI reference: relative to `cwd` when inside it (percent-encoded segments), else `file://`. */
export function artifactUri(file: string, cwd?: string): { uri: string; uriBaseId?: string } {
  const norm = (p: string): string => p.replace(/\\/g, '/');
  let f = norm(file);
  const isAbs = (p: string): boolean => p.startsWith('/') || /^[A-Za-z]:\//.test(p);
  if (cwd && isAbs(f)) {
    const base = norm(cwd).replace(/\/+$/, '') + '/';
    if (f.startsWith(base) || (/^[A-Za-z]:/.test(f) && f.toLowerCase().startsWith(base.toLowerCase()))) f = f.slice(base.length);
  }
  if (isAbs(f)) return { uri: encodePath(f) };
  f = f.replace(/^\.\//, '');
  return cwd ? { uri: encodePath(f), uriBaseId: SRCROOT } : { uri: encodePath(f) };
}

/** The cwd as a `file://…/` URI (the value of %SRCROOT%). */
const cwdUri = (cwd: string): string => `${encodePath(cwd.replace(/[\\/]+$/, ''))}/`;

function result(f: Finding, artifact: { uri: string; uriBaseId?: string }, index: number, ruleIndex: number): Json {
  const region: Json = {
    startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn,
    charOffset: f.start, charLength: Math.max(0, f.end - f.start),
  };
  if (f.text) region.snippet = { text: f.text };
  const r: Json = {
    ruleId: f.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: { ...artifact, index }, region } }],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties: { key: f.key, severity: f.severity, ...(f.location ? { location: f.location } : {}) },
  };
  if (f.related?.length) {
    r.relatedLocations = f.related.map((rel, i) => ({
      id: i + 1,
      message: { text: rel.message },
      physicalLocation: { artifactLocation: { ...artifact, index }, region: { startLine: rel.line, charOffset: rel.start, charLength: Math.max(0, rel.end - rel.start) } },
    }));
  }
  return r;
}

/** Builds the SARIF log (a plain object; `JSON.stringify` it). */
export function toSarif(results: readonly AnalysisResult[], opts: SarifOptions = {}): Json {
  const locale = opts.locale ?? 'nl';
  const rules: Rule[] = [...RULES];
  const ids = new Set(rules.map((r) => r.id));
  const extra: string[] = [];
  for (const r of results) for (const f of r.findings) if (!ids.has(f.rule)) { ids.add(f.rule); extra.push(f.rule); }
  const descriptors: Json[] = rules.map((r) => ruleDescriptor(r, locale, opts.docsBaseUri));
  for (const id of extra) {
    const rule = getRule(id);
    descriptors.push(rule ? ruleDescriptor(rule, locale, opts.docsBaseUri) : { id, name: ruleName(id), shortDescription: { text: id } });
  }
  const ruleIndex = new Map(descriptors.map((d, i) => [d.id as string, i]));

  const artifacts: Json[] = [];
  const sarifResults: Json[] = [];
  const notifications: Json[] = [];
  const artifactIndex = new Map<string, number>();
  for (const r of results) {
    const location = artifactUri(r.file, opts.cwd);
    // The same file given twice is one artifact (SARIF requires distinct artifacts).
    let index = artifactIndex.get(location.uri);
    if (index !== undefined) continue;
    index = artifacts.length;
    artifactIndex.set(location.uri, index);
    artifacts.push({
      location,
      roles: ['analysisTarget'],
      properties: {
        words: r.words,
        profile: { doctype: r.profile.doctype, fase: r.profile.fase, coalitietype: r.profile.coalitietype, regierol: r.profile.regierol, regiedichtheid: r.profile.regiedichtheid },
        scores: r.scores,
        ...(r.notices.length ? { notices: r.notices.map((n) => n.id) } : {}),
      },
    });
    for (const f of r.findings) sarifResults.push(result(f, location, index, ruleIndex.get(f.rule) ?? -1));
    for (const n of r.notices) {
      notifications.push({
        level: n.id === 'empty' ? 'note' : 'warning',
        message: { text: n.message },
        locations: [{ physicalLocation: { artifactLocation: { ...location, index } } }],
        descriptor: { id: `notice/${n.id}` },
      });
    }
  }

  const version = opts.toolVersion ?? 'dev';
  const driver: Json = {
    name: 'Regiecheck',
    fullName: `Regiecheck ${version}`,
    version,
    ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
    language: locale,
    shortDescription: {
      text: locale === 'nl'
        ? 'Toetst Nederlandse beleidsteksten aan de vier sleutels van Vitale Coalities en Regie.'
        : 'Checks Dutch policy texts against the four keys of Vitale Coalities en Regie.',
    },
    ...(opts.docsBaseUri ? { informationUri: new URL('../', opts.docsBaseUri).href } : {}),
    rules: descriptors,
  };
  const run: Json = {
    tool: { driver },
    invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    ...(opts.cwd ? { originalUriBaseIds: { [SRCROOT]: { uri: cwdUri(opts.cwd) } } } : {}),
    artifacts,
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
