/**
 * Generates everything derived from the rule registry, so no list is maintained twice:
 *  - the header block of each rule doc (docs/rules/<file>.md, between the generated markers),
 *  - docs/rules/README.md (the index of all rules),
 *  - the rule table in README.md (between <!-- rules:start --> and <!-- rules:end -->),
 *  - schemas/regiecheck.schema.json (the JSON schema of .regiecheck.json, also used for `regiecheck.rules`),
 *  - docs/vocabulary.md (every concept of the vocabulary, src/core/vocab, with its id for `phrases`).
 * `npx tsx scripts/generate.ts --check` writes nothing and exits 1 when a file is out of date (the meta-test runs it).
 */
import * as fs from 'fs';
import * as path from 'path';
import { RULES, ruleDocFile, CONCEPT_GROUPS, CONCEPTS, SEVERITIES } from '../src/core/index';

const ROOT = path.resolve(__dirname, '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function write(rel: string, content: string): void {
  const file = path.join(ROOT, rel);
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (old === content) return;
  if (check) { stale.push(rel); return; }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function replaceBetween(text: string, start: string, end: string, body: string): string | undefined {
  const a = text.indexOf(start), b = text.indexOf(end);
  if (a < 0 || b < a) return undefined;
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

const KEY_NAMES: Record<string, string> = { K1: 'K1 Focus maken', K2: 'K2 Samenwerken met een gerust hart', K3: 'K3 Boter bij de vis', K4: 'K4 Bindend leiderschap' };

const SCOPE_NAMES: Record<string, string> = {
  sentence: 'zin', paragraph: 'alinea (de zin en de andere zinnen van zijn alinea)',
  section: 'sectie (de zinnen van de sectie en de kopjes erboven)', document: 'document (één melding per document)',
};
const INPUT_NAMES: Record<string, string> = {
  unit: 'wat de zin doet en waar hij staat', speaker: 'wie er spreekt', weOneParty: '"we" is één partij', regie: 'de lezing van de regiewoorden', followUp: 'of de paragraaf erna de doelen uitwerkt',
};
const OVERLAP_NAMES: Record<string, string> = {
  generic: 'wijkt voor een specifiekere melding op dezelfde woorden', specific: 'gaat voor een algemene melding op dezelfde woorden',
  distinct: 'blijft naast andere meldingen staan',
};

export function ruleHeader(id: string): string {
  const r = RULES.find((x) => x.id === id)!;
  return [
    `# \`${r.id}\` — ${r.title.nl}`,
    '',
    `*${r.title.en}*`,
    '',
    '| | |',
    '| --- | --- |',
    `| Sleutel | ${r.key ? KEY_NAMES[r.key] : '— (taal)'} |`,
    `| Standaardernst | \`${r.defaultSeverity}\` |`,
    `| Niveau | ${SCOPE_NAMES[r.scope]} |`,
    ...(r.inputs?.length ? [`| Leest ook | ${r.inputs.map((i) => INPUT_NAMES[i]).join('; ')} |`] : []),
    ...(r.scope !== 'document' ? [`| Bij overlap | ${OVERLAP_NAMES[r.overlap ?? 'distinct']}${r.givesWayTo?.length ? `; wijkt voor ${r.givesWayTo.map((x) => `\`${x}\``).join(', ')} op dezelfde woorden` : ''} |`] : []),
    `| Boek | ${r.book} |`,
    `| Snelle oplossing | ${r.fixable ? 'ja' : 'nee'} |`,
    `| Uitbreidbare woordfamilies | ${r.families?.length ? r.families.map((f) => `\`${f}\``).join(', ') : '—'} |`,
    '',
    `> ${r.message.nl}`,
  ].join('\n');
}

// 1. Rule doc headers
for (const r of RULES) {
  const rel = `docs/rules/${ruleDocFile(r.id)}`;
  const file = path.join(ROOT, rel);
  const START = '<!-- generated:start -->', END = '<!-- generated:end -->';
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `${START}\n${END}\n\n## Wat het signaleert\n\n${r.examples.bad.map((b) => `- ${b}`).join('\n')}\n\n## Zo los je het op\n\n${r.fix.nl}\n\n## Waarom\n\n${r.explanation.nl}\n\n## English\n\n${r.explanation.en}\n\n${r.fix.en}\n`;
  const next = replaceBetween(existing, START, END, ruleHeader(r.id)) ?? `${START}\n${ruleHeader(r.id)}\n${END}\n\n${existing}`;
  write(rel, next);
}

// 2. Rule index
const table = [
  '| Regel | Sleutel | Ernst | Signaleert |',
  '| --- | --- | --- | --- |',
  ...RULES.map((r) => `| [\`${r.id}\`](docs/rules/${ruleDocFile(r.id)}) | ${r.key ?? '—'} | ${r.defaultSeverity} | ${r.title.nl} |`),
].join('\n');
write('docs/rules/README.md', `# Regels van Regiecheck\n\nGegenereerd uit \`src/core/rules/index.ts\` door \`npm run generate\`.\n\n${table.replace(/docs\/rules\//g, '')}\n`);

// 3. README table
const readmePath = path.join(ROOT, 'README.md');
if (fs.existsSync(readmePath)) {
  const readme = fs.readFileSync(readmePath, 'utf8');
  const next = replaceBetween(readme, '<!-- rules:start -->', '<!-- rules:end -->', table);
  if (next !== undefined) write('README.md', next);
}

// 4. Config schema
const severityOrOff = { enum: ['off', ...SEVERITIES] };
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'regiecheck.schema.json',
  title: 'Regiecheck configuration (.regiecheck.json)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    '//': {
      description: 'Commentaar (een tekst of een lijst met teksten); Regiecheck slaat het over.',
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    rules: {
      type: 'object',
      description: 'Regel-id → "off" of een ernst (error, warning, info, hint).',
      additionalProperties: false,
      properties: Object.fromEntries(RULES.map((r) => [r.id, { ...severityOrOff, description: `${r.title.nl} (standaard: ${r.defaultSeverity})` }])),
    },
    phrases: {
      type: 'object',
      description: 'Extra zinsdelen per begrip van de woordenschat (regelfamilies, checklist-cues, profiel, lezen); syntaxis en lijst: docs/vocabulary.md.',
      additionalProperties: false,
      properties: Object.fromEntries(Object.values(CONCEPTS).map((f) => [f.id, { type: 'array', items: { type: 'string' }, description: f.description.nl }])),
    },
    allow: { type: 'array', items: { type: 'string' }, description: 'Zinsdelen die nooit gemeld worden.' },
    hidden: {
      type: 'array',
      description: 'Verborgen bevindingen ("verberg deze melding").',
      items: { type: 'object', required: ['rule', 'fingerprint'], properties: { rule: { type: 'string' }, fingerprint: { type: 'string' }, text: { type: 'string' } } },
    },
    locale: { enum: ['nl', 'en'], description: 'Taal van de meldingen.' },
    maxFileSizeKB: { type: 'number', exclusiveMinimum: 0, description: 'Grotere documenten worden niet geanalyseerd.' },
  },
};
write('schemas/regiecheck.schema.json', `${JSON.stringify(schema, null, 2)}\n`);

// 5. The vocabulary
{
  const GROUP_TITLES: Record<string, string> = {
    rules: 'Regels (`ctx.family`) / rules', checklist: 'Checklist-cues / checklist cues', predicates: 'Woordklassen van de checklist-predicaten / word classes of the checklist predicates', profile: 'Profiel / profile', read: 'Lezen en zinsfeiten / reading and sentence facts',
  };
  const esc = (x: string): string => x.replace(/\|/g, '\\|').replace(/`/g, "'");
  const lines = [
    '# De woordenschat / the vocabulary',
    '',
    '<!-- Generated by scripts/generate.ts from src/core/vocab — do not edit. -->',
    '',
    'Alle woordlijsten van Regiecheck staan als data in `src/core/vocab/`: één lijst per begrip, in één syntaxis, gebruikt door',
    'de regels, de checklist, het profiel en de leeskern. Met `phrases` in `.regiecheck.json` (of de instelling',
    '`regiecheck.phrases`) voegt u zinsdelen toe aan elk begrip hieronder, bijvoorbeeld',
    '`"phrases": { "geldVaag": ["binnen het huidige budget"], "regietype": ["ketenregie"] }`.',
    '',
    '*Every word list of Regiecheck is data in `src/core/vocab/`: one list per concept, in one syntax, used by the rules, the',
    'checklist, the profile and the reading core. `phrases` in the config adds phrases to any concept below.*',
    '',
    '## Syntaxis / syntax',
    '',
    'Een zinsdeel is een reeks stappen; het wordt net zo in woorden (tokens) verdeeld als de tekst en past alleen op hele woorden,',
    'zonder verschil tussen hoofd- en kleine letters.',
    '',
    '| Stap | Betekenis / meaning | Voorbeeld |',
    '| --- | --- | --- |',
    '| `woord` | precies dit woord / this word | `budget`, `t.z.t.`, `co-creatie` |',
    '| `woord*` | een woord dat zo begint / a word starting so | `inspann*` (inspanning, inspannen) |',
    '| `*woord` | een woord dat zo eindigt / a word ending so | `*tekort` (woningtekort) |',
    '| `a\\|b` | één van deze woorden / one of these words | `kiest\\|kiezen geen` |',
    '| `a\\|b?` | één van deze woorden of niets / one of these or nothing | `samen met de\\|onze? inwoners` |',
    '| `@woord` | een woord met hetzelfde lemma / a word with the same lemma | `@stellen ~ beschikbaar` (stelt, stelde … beschikbaar) |',
    '| `~` | tot zes woorden binnen de zin(sdeel), niet over . ; : ! ? / a gap of up to six words in the clause | `stelt ~ beschikbaar` |',
    '| `re:…` | (hele regel) een reguliere expressie op de tekst in kleine letters, op woordgrenzen / a raw regex | `re:(?:dit\\|deze) convenant` |',
    '',
    'Lijsten die één woord classificeren (een lemma, het hoofdwoord van een actor, het eerste woord van een zin) gebruiken alleen',
    'zinsdelen van één stap.',
    '',
  ];
  for (const [group, table] of Object.entries(CONCEPT_GROUPS)) {
    lines.push(`## ${GROUP_TITLES[group] ?? group}`, '', '| Id | Begrip | Concept | Zinsdelen | Voorbeelden |', '| --- | --- | --- | --- | --- |');
    for (const c of Object.values(table)) {
      lines.push(`| \`${c.id}\` | ${esc(c.description.nl)} | ${esc(c.description.en)} | ${c.phrases.length} | ${c.phrases.slice(0, 4).map((x) => `\`${esc(x)}\``).join(', ')} |`);
    }
    lines.push('');
  }
  write('docs/vocabulary.md', lines.join('\n'));
}

if (check && stale.length) {
  console.error(`out of date (run npm run generate): ${stale.join(', ')}`);
  process.exit(1);
}
