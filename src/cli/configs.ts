/**
 * The configuration each document gets in a CLI run, `--print-config` and `--init`.
 *
 * A document gets the nearest `.regiecheck.json` at or above its folder (the loader the extension uses, so editor
 * and CLI agree), or the `-c` file for every document; the command line goes on top: `--rule`, `--max-size`,
 * `--locale`. What is set nowhere takes the defaults: each rule's own severity, locale nl, maxFileSizeKB 5120.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_FILE_SIZE_KB, CONCEPT_GROUPS, RULES, mergeConfig, type Locale, type Localized, type RegiecheckConfig, type RuleSetting } from '../core/index';
import { COMMENT_KEY, CONFIG_FILE, loadConfigFor, readConfigFile, type LoadedConfig } from '../node/config';

export interface CliOverrides {
  rules: Record<string, RuleSetting>;
  maxFileSizeKB?: number;
  locale?: Locale;
}

export interface AppliedConfig {
  config: RegiecheckConfig;
  /** The `.regiecheck.json` (or `-c` file) it came from; undefined: defaults only. */
  source?: string;
}

/** `config` with the command-line overrides on top. */
export function applyOverrides(config: RegiecheckConfig, o: CliOverrides): RegiecheckConfig {
  return mergeConfig(config, {
    ...(Object.keys(o.rules).length ? { rules: o.rules } : {}),
    ...(o.maxFileSizeKB !== undefined ? { maxFileSizeKB: o.maxFileSizeKB } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
  });
}

/** Finds, caches (per folder) and reports (each problem once) the configuration of each document. */
export class ConfigResolver {
  private readonly byDir = new Map<string, LoadedConfig>();
  private readonly reported = new Set<string>();
  private readonly explicit?: LoadedConfig;

  /** `explicitFile`: the `-c` file (absolute), used for every document. */
  constructor(private readonly overrides: CliOverrides, private readonly warn: (message: string) => void, explicitFile?: string) {
    if (explicitFile) this.explicit = readConfigFile(explicitFile);
  }

  /** The configuration for a file or folder (absolute path; need not exist). */
  forPath(target: string): AppliedConfig {
    const loaded = this.explicit ?? this.load(target);
    for (const e of loaded.errors) {
      if (this.reported.has(e.message)) continue;
      this.reported.add(e.message);
      this.warn(e.message);
    }
    return { config: applyOverrides(loaded.config, this.overrides), source: loaded.source };
  }

  private load(target: string): LoadedConfig {
    let dir = target;
    try {
      if (!fs.statSync(target).isDirectory()) dir = path.dirname(target);
    } catch {
      dir = path.dirname(target);
    }
    let loaded = this.byDir.get(dir);
    if (!loaded) this.byDir.set(dir, (loaded = loadConfigFor(dir)));
    return loaded;
  }
}

/** Everything that applies, with the defaults filled in: what `--print-config` prints (valid as a .regiecheck.json). */
export function resolvedConfig(config: RegiecheckConfig): Required<RegiecheckConfig> {
  return {
    rules: Object.fromEntries(RULES.map((r) => [r.id, config.rules?.[r.id] ?? r.defaultSeverity])),
    phrases: config.phrases ?? {},
    allow: config.allow ?? [],
    hidden: config.hidden ?? [],
    locale: config.locale ?? 'nl',
    maxFileSizeKB: config.maxFileSizeKB ?? DEFAULT_MAX_FILE_SIZE_KB,
  };
}

/** Where the schema of .regiecheck.json lies next to the running CLI (dist/cli.js, or src/cli under tsx). */
function schemaPath(): string {
  const candidates = [path.join(__dirname, '..', 'schemas'), path.join(__dirname, '..', '..', 'schemas')].map((d) => path.join(d, 'regiecheck.schema.json'));
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0];
}

/** `$schema` for a config file written in `dir`: the path from there to the schema that ships with this CLI. */
export function schemaReference(dir: string): string {
  const rel = path.relative(dir, schemaPath()).split(path.sep).join('/');
  return rel.startsWith('.') || path.isAbsolute(rel) ? rel : `./${rel}`;
}

const STARTER_TEXT: Record<Locale, (rules: string[], families: string) => string[]> = {
  nl: (rules, families) => [
    'Configuratie van Regiecheck voor de documenten in deze map en de mappen eronder. Alleen de dichtstbijzijnde .regiecheck.json telt; een bestand dieper in de boom gaat voor dit bestand.',
    'Velden met de naam "//" zijn commentaar: Regiecheck slaat ze over.',
    'rules: de ernst per regel: "off", "error", "warning", "info" of "hint", bijvoorbeeld "rules": { "taal/voorbehoud": "off", "regie/hol": "error" }. Leeg: elke regel met zijn standaardernst:',
    ...rules,
    `phrases: extra zinsdelen per begrip van de woordenschat (regelfamilies, checklist-cues, profiel), bijvoorbeeld "phrases": { "geldVaag": ["binnen het huidige budget"] }. Regelfamilies: ${families}; de volledige lijst staat in docs/vocabulary.md.`,
    'allow: zinsdelen die nooit gemeld worden (hoofdletters tellen niet), bijvoorbeeld "allow": ["ketenregie"].',
    'locale: taal van de meldingen, "nl" (standaard) of "en". maxFileSizeKB: de grens in kB (standaard 5120, op de opdrachtregel --max-size): een groter document wordt niet geanalyseerd, een bestand boven tweemaal de grens niet gelezen.',
    'Voor één run zonder dit bestand te wijzigen: regiecheck --rule <regel>:<ernst>. Wat er voor een document geldt: regiecheck --print-config <document>.',
  ],
  en: (rules, families) => [
    'Regiecheck configuration for the documents in this folder and the folders below it. Only the nearest .regiecheck.json counts; a file deeper in the tree takes precedence over this one.',
    'Fields named "//" are comments: Regiecheck skips them.',
    'rules: the severity per rule: "off", "error", "warning", "info" or "hint", for example "rules": { "taal/voorbehoud": "off", "regie/hol": "error" }. Empty: each rule with its default severity:',
    ...rules,
    `phrases: extra phrases per vocabulary concept (rule families, checklist cues, profile), for example "phrases": { "geldVaag": ["binnen het huidige budget"] }. Rule families: ${families}; the full list is in docs/vocabulary.md.`,
    'allow: phrases that are never flagged (case does not matter), for example "allow": ["ketenregie"].',
    'locale: language of the messages, "nl" (default) or "en". maxFileSizeKB: the limit in kB (default 5120, on the command line --max-size): a larger document is not analysed, a file over twice the limit is not read.',
    'For one run without changing this file: regiecheck --rule <rule>:<severity>. What applies to a document: regiecheck --print-config <document>.',
  ],
};

/** The starter `.regiecheck.json` of `--init`, for a file in `dir`: valid JSON and a valid config, explained in "//". */
export function starterConfig(dir: string, locale: Locale): string {
  const title = (t: Localized): string => t[locale];
  const rules = RULES.map((r) => `  ${r.id} (${r.defaultSeverity}): ${title(r.title)}`);
  const starter = {
    $schema: schemaReference(dir),
    [COMMENT_KEY]: STARTER_TEXT[locale](rules, Object.keys(CONCEPT_GROUPS.rules).join(', ')),
    rules: {},
    phrases: {},
    allow: [],
  };
  return `${JSON.stringify(starter, null, 2)}\n`;
}

export { CONFIG_FILE };
