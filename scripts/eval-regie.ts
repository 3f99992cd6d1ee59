/**
 * Measures the regie reader (src/core/regie.ts) and `regie/hol` against blind human classes of regie-family words in
 * real texts (guide judgement §5: hol, gevuld, naam, anders; docs/fresh-sets.md, "The regie gold set"). The items name
 * a text, the offsets of the word and the word; the labels give the class. Split into a tune and a check half by text.
 *
 *   npx tsx scripts/eval-regie.ts /work/regiegold/items.json /work/regiegold/labels-{E,F}.json
 *   npx tsx scripts/eval-regie.ts ITEMS LABELS… --show tune:hol:anders   # tune-half items of gold class hol read as anders
 *
 * Reports per half the four-way agreement of the reading's class with the gold class, the confusion table, and
 * `regie/hol` as a detector of gold `hol` (precision, recall): the figure the contract's target names.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analysisOf, flaggedIn, goldArgs, half, pct, readLabels } from './gold';

interface Item { id: string; file: string; start: number; end: number; word: string }
interface Label { id: string; class: 'hol' | 'gevuld' | 'naam' | 'anders' | 'skip'; why?: string }

const { files, show: showArg } = goldArgs('eval-regie.ts ITEMS.json LABELS.json [LABELS.json …] [--show HALF:GOLD:READ]');
const root = path.dirname(path.dirname(path.resolve(files[0])));
const items: Item[] = JSON.parse(fs.readFileSync(files[0], 'utf8'));
const { gold, overlap, agree } = readLabels<Label>(files.slice(1), 'class');

const table = new Map<string, number>();
const det = { tune: { tp: 0, fp: 0, fn: 0 }, check: { tp: 0, fp: 0, fn: 0 } };
const same = { tune: [0, 0], check: [0, 0] };
for (const it of items) {
  const g = gold.get(it.id);
  if (!g || g.class === 'skip') continue;
  const r = analysisOf(root, it.file);
  const reading = r.regie.find((m) => m.start < it.end && m.end > it.start);
  const flagged = flaggedIn(r, 'regie/hol', it.start, it.end);
  const h = half(it.file);
  const read = reading?.class ?? 'none';
  table.set(`${h} ${g.class} ${read}`, (table.get(`${h} ${g.class} ${read}`) ?? 0) + 1);
  same[h][1]++;
  if (read === g.class) same[h][0]++;
  const y = g.class === 'hol';
  if (flagged && y) det[h].tp++; else if (flagged) det[h].fp++; else if (y) det[h].fn++;
  if (showArg === `${h}:${g.class}:${read}`) console.log(`${it.id} ${it.word} — gold ${g.class}: ${g.why ?? ''} — read ${read} ${JSON.stringify({ actor: reading?.actor, kind: reading?.kind, means: reading?.means, deliverable: reading?.deliverable })}`);
}
for (const h of ['tune', 'check'] as const) {
  const d = det[h];
  console.log(`${h}: ${same[h][1]} words; class agrees ${same[h][0]} (${pct(same[h][0], same[h][1])}); regie/hol precision ${pct(d.tp, d.tp + d.fp)} (${d.tp}/${d.tp + d.fp}), recall ${pct(d.tp, d.tp + d.fn)} (${d.tp}/${d.tp + d.fn})`);
  console.log('  gold \\ read   hol  gevuld  naam  anders  none');
  for (const gc of ['hol', 'gevuld', 'naam', 'anders']) {
    console.log(`  ${gc.padEnd(12)}` + ['hol', 'gevuld', 'naam', 'anders', 'none'].map((rc) => String(table.get(`${h} ${gc} ${rc}`) ?? 0).padStart(rc === 'hol' ? 4 : rc.length + 2)).join(''));
  }
}
if (overlap) console.log(`labellers: ${overlap} words labelled twice, class agrees on ${agree} (${pct(agree, overlap)})`);
