/**
 * Command-line arguments of `regiecheck`, tokenised by `node:util` `parseArgs` and checked here against one table of
 * options (OPTIONS), from which `--help` is written too, so an option cannot be parsed without being documented.
 * Usage errors throw UsageError (exit code 2) with a Dutch and an English text.
 *
 * Room to grow: a new option is one entry in OPTIONS plus its field in CliArgs; a new `--format` value is one entry
 * in OUTPUT_FORMATS (formatters.ts); a subcommand (`regiecheck compare <old> <new>`) is one name in SUBCOMMANDS,
 * after which `command` holds it and `inputs` the positionals that follow it.
 */
import { parseArgs as tokenize } from 'node:util';
import { RULES, SEVERITIES, type Locale, type Localized, type RuleSetting, type Severity } from '../core/index';
import { OUTPUT_FORMATS, type OutputFormat } from './formatters';

/** A usage error: printed as `regiecheck: <text>`, exit code 2. `locale`: the --locale given, if any. */
export class UsageError extends Error {
  constructor(readonly text: Localized, readonly locale?: Locale) {
    super(text[locale ?? 'nl']);
  }
}

/**
 * Subcommands, chosen by the first positional argument before any `--`: `compare <old> <new>` (src/cli/compare.ts).
 * Without one, the run checks documents (`check`). A file with a subcommand's name is still reachable as `./name`.
 */
export const SUBCOMMANDS = ['compare'] as const satisfies readonly string[];
export type Command = 'check' | (typeof SUBCOMMANDS)[number];

export type OptionGroup = 'input' | 'output' | 'exit' | 'config' | 'other';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once; every value counts (otherwise the last one wins). */
  multiple?: boolean;
  group: OptionGroup;
  /** Placeholder of the value in --help. */
  value?: Localized;
  help: Localized;
}

const same = (s: string): Localized => ({ nl: s, en: s });
const RULE_SETTINGS: readonly RuleSetting[] = ['off', ...SEVERITIES];

/** Every option of the CLI, in --help order within its group. */
export const OPTIONS = {
  'ignore-pattern': {
    type: 'string', multiple: true, group: 'input', value: same('<glob>'),
    help: { nl: 'sla bestanden over die hierop passen (gitignore-syntaxis, relatief aan de werkmap; herhaalbaar)', en: 'skip files that match (gitignore syntax, relative to the working folder; repeatable)' },
  },
  'no-ignore': {
    type: 'boolean', group: 'input',
    help: { nl: '.regiecheckignore en --ignore-pattern niet toepassen', en: 'do not apply .regiecheckignore and --ignore-pattern' },
  },
  'max-size': {
    type: 'string', group: 'input', value: same('<kB>'),
    help: {
      nl: 'documenten boven deze grens worden niet geanalyseerd (een melding), bestanden boven tweemaal de grens niet gelezen (exitcode 2); standaard: maxFileSizeKB uit .regiecheck.json, anders 5120',
      en: 'documents over this limit are not analysed (a notice), files over twice the limit are not read (exit code 2); default: maxFileSizeKB from .regiecheck.json, else 5120',
    },
  },
  'stdin-format': {
    type: 'string', group: 'input', value: same('<md|txt>'),
    help: { nl: 'formaat van tekst op stdin (standaard: md)', en: 'format of text on stdin (default: md)' },
  },
  'stdin-name': {
    type: 'string', group: 'input', value: { nl: '<naam>', en: '<name>' },
    help: { nl: 'bestandsnaam voor tekst op stdin in de uitvoer (standaard: <stdin>)', en: 'file name for text on stdin in the output (default: <stdin>)' },
  },
  workers: {
    type: 'string', group: 'input', value: same('<n>'),
    help: { nl: 'aantal worker threads voor een map (standaard: aantal kernen min één)', en: 'number of worker threads for a folder (default: number of cores minus one)' },
  },
  format: {
    type: 'string', short: 'f', group: 'output', value: same(`<${OUTPUT_FORMATS.join('|')}>`),
    help: { nl: 'uitvoerformaat (standaard: text)', en: 'output format (default: text)' },
  },
  output: {
    type: 'string', short: 'o', group: 'output', value: { nl: '<bestand>', en: '<file>' },
    help: { nl: 'schrijf de uitvoer naar dit bestand in plaats van stdout', en: 'write the output to this file instead of stdout' },
  },
  locale: {
    type: 'string', group: 'output', value: same('<nl|en>'),
    help: { nl: 'taal van de meldingen en van deze hulp (standaard: locale uit .regiecheck.json, anders nl)', en: 'language of the messages and of this help (default: locale from .regiecheck.json, else nl)' },
  },
  quiet: {
    type: 'boolean', short: 'q', group: 'output',
    help: { nl: 'geen samenvatting en waarschuwingen op stderr', en: 'no summary and no warnings on stderr' },
  },
  'fail-on': {
    type: 'string', group: 'exit', value: { nl: '<ernst|none>', en: '<severity|none>' },
    help: { nl: 'exitcode 1 vanaf deze ernst: error, warning, info, hint (standaard: error)', en: 'exit code 1 from this severity on: error, warning, info, hint (default: error)' },
  },
  'max-warnings': {
    type: 'string', group: 'exit', value: same('<n>'),
    help: { nl: 'exitcode 1 ook bij meer dan n bevindingen met ernst warning (standaard: geen grens)', en: 'exit code 1 also for more than n findings of severity warning (default: no limit)' },
  },
  config: {
    type: 'string', short: 'c', group: 'config', value: { nl: '<bestand>', en: '<file>' },
    help: { nl: 'gebruik dit configuratiebestand voor alle documenten in plaats van de dichtstbijzijnde .regiecheck.json', en: 'use this configuration file for all documents instead of the nearest .regiecheck.json' },
  },
  rule: {
    type: 'string', multiple: true, group: 'config', value: same(`<id>:<${RULE_SETTINGS.join('|')}>`),
    help: { nl: 'ernst van een regel voor deze run, boven .regiecheck.json (herhaalbaar)', en: 'severity of a rule for this run, over .regiecheck.json (repeatable)' },
  },
  'print-config': {
    type: 'string', group: 'config', value: { nl: '<bestand>', en: '<file>' },
    help: { nl: 'toon de configuratie die voor dit bestand geldt als JSON, en stop', en: 'print the configuration that applies to this file as JSON, and stop' },
  },
  init: {
    type: 'boolean', group: 'config',
    help: { nl: 'schrijf een .regiecheck.json met uitleg in de huidige map (overschrijft niets)', en: 'write a .regiecheck.json with explanations in the current folder (overwrites nothing)' },
  },
  help: {
    type: 'boolean', short: 'h', group: 'other',
    help: { nl: 'deze hulp (in het Engels met --locale en)', en: 'this help (in Dutch with --locale nl)' },
  },
  version: {
    type: 'boolean', short: 'v', group: 'other',
    help: { nl: 'versienummer', en: 'version number' },
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export interface CliArgs {
  command: Command;
  format: OutputFormat;
  failOn: Severity | 'none';
  /** Exit 1 when more findings than this have severity `warning` (ESLint's meaning); undefined: no budget. */
  maxWarnings?: number;
  output?: string;
  /** From --locale; undefined: the config's locale, else nl. */
  locale?: Locale;
  config?: string;
  /** --rule overrides, in the config's shape (last one per rule wins). */
  rules: Record<string, RuleSetting>;
  ignorePatterns: string[];
  noIgnore: boolean;
  printConfig?: string;
  init: boolean;
  workers?: number;
  maxSizeKB?: number;
  stdinFormat: 'markdown' | 'plaintext';
  stdinName: string;
  quiet: boolean;
  help: boolean;
  version: boolean;
  /** Files, folders, globs, `!`-globs and `-`, in the order given (after the subcommand, if any). */
  inputs: string[];
}

const GROUP_TITLES: Record<OptionGroup, Localized> = {
  input: { nl: 'Invoer', en: 'Input' },
  output: { nl: 'Uitvoer', en: 'Output' },
  exit: { nl: 'Exitcode', en: 'Exit code' },
  config: { nl: 'Configuratie', en: 'Configuration' },
  other: { nl: 'Overig', en: 'Other' },
};

const HELP_HEAD: Localized = {
  nl: `Gebruik: regiecheck [opties] <bestanden|mappen|globs|->
         regiecheck --print-config <bestand>
         regiecheck --init
         regiecheck --format docx-review --output <kopie.docx> <bestand>
         regiecheck compare [opties] <oud> <nieuw>

Controleert Nederlandse beleidsteksten (.md, .txt, .docx, .pdf) op de vier sleutels van
"Vitale Coalities en Regie": holle regie, eigenaarschap, afnemers, geld en mensen.

Mappen worden doorzocht op .md, .markdown, .txt, .text, .docx en .pdf; verborgen bestanden en
mappen, node_modules, .git, dist en out worden overgeslagen. Globs: * ? ** [abc] {2025,2026}, tussen
aanhalingstekens zodat de shell ze niet uitklapt.
Een argument '!glob' haalt wat erop past weg uit wat mappen en globs vonden. - leest stdin.
Een .regiecheckignore (gitignore-syntaxis) in de werkmap of een map erboven en --ignore-pattern
slaan bestanden over; een bestand dat u met name noemt wordt toch gelezen, met een melding.
--format docx-review maakt een Word-kopie van een .docx, .md of .txt met een opmerking per
bevinding; het origineel blijft ongewijzigd. compare vergelijkt twee versies (compare --help).
`,
  en: `Usage: regiecheck [options] <files|folders|globs|->
       regiecheck --print-config <file>
       regiecheck --init
       regiecheck --format docx-review --output <copy.docx> <file>
       regiecheck compare [options] <old> <new>

Checks Dutch policy texts (.md, .txt, .docx, .pdf) against the four keys of
"Vitale Coalities en Regie": hollow regie, ownership, customers, money and people.

Folders are searched for .md, .markdown, .txt, .text, .docx and .pdf; hidden files and folders,
node_modules, .git, dist and out are skipped. Globs: * ? ** [abc] {2025,2026}, in quotes so that the
shell does not expand them.
An argument '!glob' removes what it matches from what folders and globs found. - reads stdin.
A .regiecheckignore (gitignore syntax) in the working folder or a folder above it and
--ignore-pattern skip files; a file you name explicitly is still read, with a notice.
--format docx-review writes a Word copy of a .docx, .md or .txt with a comment per finding; the
original stays unchanged. compare compares two drafts (compare --help).
`,
};

const HELP_TAIL: Localized = {
  nl: 'Exitcodes: 0 niets op of boven --fail-on en niet meer dan --max-warnings waarschuwingen; 1 wel;\n2 gebruiksfout of een onleesbaar bestand.\n',
  en: 'Exit codes: 0 nothing at or above --fail-on and no more than --max-warnings warnings; 1 otherwise;\n2 usage error or an unreadable file.\n',
};

const HELP_WIDTH = 100;

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/** The --help text, generated from OPTIONS. */
export function helpText(locale: Locale): string {
  const rows = (Object.entries(OPTIONS) as Array<[string, OptionSpec]>).map(([name, o]) => ({
    group: o.group,
    left: `${o.short ? `-${o.short}, ` : '    '}--${name}${o.value ? ` ${o.value[locale]}` : ''}`,
    help: o.help[locale],
  }));
  const width = 30;
  const indent = ' '.repeat(width + 2);
  const out = [HELP_HEAD[locale]];
  for (const group of Object.keys(GROUP_TITLES) as OptionGroup[]) {
    out.push(`${GROUP_TITLES[group][locale]}:`);
    for (const r of rows.filter((x) => x.group === group)) {
      const lines = wrap(r.help, HELP_WIDTH - indent.length);
      const first = r.left.length + 2 <= width ? `  ${r.left.padEnd(width)}${lines[0]}` : `  ${r.left}\n${indent}${lines[0]}`;
      out.push([first, ...lines.slice(1).map((l) => `${indent}${l}`)].join('\n'));
    }
    out.push('');
  }
  out.push(HELP_TAIL[locale]);
  return out.join('\n');
}

/** The Dutch help (kept for callers of the former constant). */
export const HELP = helpText('nl');

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Rule ids close to an unknown one: small edit distance, or the same part before or after the slash. */
export function closeRuleIds(id: string): string[] {
  const [family, name] = id.toLowerCase().split('/');
  return RULES.map((r) => ({ id: r.id, d: distance(id.toLowerCase(), r.id) }))
    .filter(({ id: known, d }) => d <= Math.max(2, Math.floor(known.length / 4)) || known.startsWith(`${family}/`) || (name !== undefined && known.endsWith(`/${name}`)))
    .sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : 1))
    .slice(0, 4)
    .map((x) => x.id);
}

const quote = (s: string): string => `"${s}"`;

function parseRule(value: string, locale: Locale | undefined): [string, RuleSetting] {
  const at = value.lastIndexOf(':');
  const example = '--rule taal/voorbehoud:off';
  if (at <= 0) {
    throw new UsageError({
      nl: `--rule verwacht <regel-id>:<${RULE_SETTINGS.join('|')}>, bijvoorbeeld ${example} (niet ${quote(value)})`,
      en: `--rule expects <rule-id>:<${RULE_SETTINGS.join('|')}>, for example ${example} (not ${quote(value)})`,
    }, locale);
  }
  const id = value.slice(0, at).trim();
  const setting = value.slice(at + 1).trim();
  if (!RULES.some((r) => r.id === id)) {
    const close = closeRuleIds(id);
    const list = (close.length ? close : RULES.map((r) => r.id)).join(', ');
    throw new UsageError(close.length
      ? { nl: `--rule: onbekende regel ${quote(id)}; bedoelt u ${list}?`, en: `--rule: unknown rule ${quote(id)}; did you mean ${list}?` }
      : { nl: `--rule: onbekende regel ${quote(id)}; de regels zijn ${list}`, en: `--rule: unknown rule ${quote(id)}; the rules are ${list}` }, locale);
  }
  if (!(RULE_SETTINGS as readonly string[]).includes(setting)) {
    throw new UsageError({
      nl: `--rule ${id}: kies ${RULE_SETTINGS.join(', ')} (niet ${quote(setting)})`,
      en: `--rule ${id}: choose ${RULE_SETTINGS.join(', ')} (not ${quote(setting)})`,
    }, locale);
  }
  return [id, setting as RuleSetting];
}

/** An integer in [min, max], or a usage error naming the option. */
function integer(flag: string, value: string, min: number, max: number, locale: Locale | undefined): number {
  const n = /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  const range = Number.isFinite(max) ? { nl: `van ${min} tot ${max}`, en: `from ${min} to ${max}` } : { nl: `van ${min} of meer`, en: `of ${min} or more` };
  throw new UsageError({
    nl: `${flag} verwacht een geheel getal ${range.nl} (niet ${quote(value)})`,
    en: `${flag} expects a whole number ${range.en} (not ${quote(value)})`,
  }, locale);
}

function choice<T extends string>(flag: string, value: string, allowed: readonly T[], locale: Locale | undefined): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({
    nl: `${flag}: kies ${allowed.join(', ')} (niet ${quote(value)})`,
    en: `${flag}: choose ${allowed.join(', ')} (not ${quote(value)})`,
  }, locale);
}

function format(value: string, locale: Locale | undefined): OutputFormat {
  if ((OUTPUT_FORMATS as readonly string[]).includes(value)) return value as OutputFormat;
  throw new UsageError({
    nl: `onbekend formaat ${quote(value)}; kies ${OUTPUT_FORMATS.join(', ')}`,
    en: `unknown format ${quote(value)}; choose ${OUTPUT_FORMATS.join(', ')}`,
  }, locale);
}

type Token = ReturnType<typeof tokenize>['tokens'] extends Array<infer T> | undefined ? T : never;

const PARSE_OPTIONS = Object.fromEntries(
  (Object.entries(OPTIONS) as Array<[string, OptionSpec]>).map(([name, o]) => [name, { type: o.type, ...(o.short ? { short: o.short } : {}), multiple: true }]),
);

/** An option value that is really the next option (`--format --quiet`): the value is missing. */
const looksLikeOption = (v: string): boolean => v.length > 1 && v.startsWith('-') && !/^-\d/.test(v);

export function parseArgs(argv: readonly string[]): CliArgs {
  // strict: false so that the checks below, not parseArgs, word the errors (in the run's language).
  const { tokens } = tokenize({ args: [...argv], options: PARSE_OPTIONS, allowPositionals: true, strict: false, tokens: true });
  const options = tokens.filter((t): t is Extract<Token, { kind: 'option' }> => t.kind === 'option');
  const locale = options.filter((t) => t.name === 'locale' && (t.value === 'nl' || t.value === 'en')).pop()?.value as Locale | undefined;

  const values = new Map<OptionName, string[]>();
  const flags = new Set<OptionName>();
  const positionals: string[] = [];
  let command: Command = 'check';
  for (const t of tokens) {
    if (t.kind === 'option-terminator') continue;
    if (t.kind === 'positional') {
      if (positionals.length === 0 && command === 'check' && (SUBCOMMANDS as readonly string[]).includes(t.value) && !afterTerminator(tokens, t)) {
        command = t.value as Command;
        continue;
      }
      positionals.push(t.value);
      continue;
    }
    const spec = (OPTIONS as Record<string, OptionSpec>)[t.name];
    if (!spec) {
      throw new UsageError({
        nl: `onbekende optie ${quote(t.rawName)} (zie --help; een bestandsnaam die met - begint zet u na --)`,
        en: `unknown option ${quote(t.rawName)} (see --help; put a file name that starts with - after --)`,
      }, locale);
    }
    const name = t.name as OptionName;
    if (spec.type === 'boolean') {
      if (t.value !== undefined) throw new UsageError({ nl: `${t.rawName} heeft geen waarde (niet ${quote(t.value)})`, en: `${t.rawName} takes no value (not ${quote(t.value)})` }, locale);
      flags.add(name);
      continue;
    }
    if (t.value === undefined || (!t.inlineValue && looksLikeOption(t.value))) {
      const placeholder = spec.value?.[locale ?? 'nl'] ?? '';
      throw new UsageError({
        nl: `${t.rawName} verwacht een waarde ${placeholder}`.trimEnd(),
        en: `${t.rawName} expects a value ${placeholder}`.trimEnd(),
      }, locale);
    }
    values.set(name, [...(values.get(name) ?? []), t.value]);
  }

  const last = (name: OptionName): string | undefined => values.get(name)?.at(-1);
  const flag = (name: OptionName): boolean => flags.has(name);
  const a: CliArgs = {
    command,
    format: format(last('format') ?? 'text', locale),
    failOn: choice('--fail-on', last('fail-on') ?? 'error', [...SEVERITIES, 'none'] as const, locale),
    output: last('output'),
    locale: last('locale') === undefined ? undefined : choice('--locale', last('locale')!, ['nl', 'en'] as const, locale),
    config: last('config'),
    rules: Object.fromEntries((values.get('rule') ?? []).map((v) => parseRule(v, locale))),
    ignorePatterns: values.get('ignore-pattern') ?? [],
    noIgnore: flag('no-ignore'),
    printConfig: last('print-config'),
    init: flag('init'),
    stdinFormat: 'markdown',
    stdinName: last('stdin-name') ?? '<stdin>',
    quiet: flag('quiet'),
    help: flag('help'),
    version: flag('version'),
    inputs: positionals,
  };
  const maxWarnings = last('max-warnings');
  if (maxWarnings !== undefined) a.maxWarnings = integer('--max-warnings', maxWarnings, 0, Infinity, locale);
  const workers = last('workers');
  if (workers !== undefined) a.workers = integer('--workers', workers, 1, 64, locale);
  const maxSize = last('max-size');
  if (maxSize !== undefined) {
    const n = Number(maxSize);
    if (!(n > 0) || !Number.isFinite(n)) {
      throw new UsageError({ nl: `--max-size verwacht een positief aantal kilobytes (niet ${quote(maxSize)})`, en: `--max-size expects a positive number of kilobytes (not ${quote(maxSize)})` }, locale);
    }
    a.maxSizeKB = n;
  }
  const stdinFormat = last('stdin-format');
  if (stdinFormat !== undefined) {
    const v = choice('--stdin-format', stdinFormat, ['md', 'markdown', 'txt', 'plaintext', 'text'] as const, locale);
    a.stdinFormat = v === 'md' || v === 'markdown' ? 'markdown' : 'plaintext';
  }
  for (const p of a.ignorePatterns) {
    if (!p.trim()) throw new UsageError({ nl: '--ignore-pattern verwacht een patroon, geen lege tekst', en: '--ignore-pattern expects a pattern, not an empty text' }, locale);
  }
  const alone = a.init ? '--init' : a.printConfig !== undefined ? '--print-config' : undefined;
  if (alone && !a.help && !a.version) {
    if (a.init && a.printConfig !== undefined) {
      throw new UsageError({ nl: '--init en --print-config gaan niet samen', en: '--init and --print-config cannot be combined' }, locale);
    }
    if (a.inputs.length > 0) {
      throw new UsageError({ nl: `${alone} neemt geen bestanden, mappen of globs (niet ${quote(a.inputs[0])})`, en: `${alone} takes no files, folders or globs (not ${quote(a.inputs[0])})` }, locale);
    }
  }
  return a;
}

/** Whether positional token `t` comes after a `--`. */
function afterTerminator(tokens: readonly Token[], t: Token): boolean {
  const end = tokens.findIndex((x) => x.kind === 'option-terminator');
  return end >= 0 && end < t.index;
}
