/**
 * Measures `doel/vaag` against blind human labels of goal sentences in real texts (docs/fresh-sets.md, "The goal gold
 * set"): per sentence `vaag` (a goal the text sets, without a measure: the rule should flag it), `concreet` (a goal with
 * its measure), `geen-doel` (no goal of this text) or `twijfel` (left out). A sentence counts as flagged when a
 * `doel/vaag` finding lies in it. Split into a tune and a check half by text.
 *
 *   npx tsx scripts/eval-goals.ts /work/doelgold/items.json /work/doelgold/labels-{G,H}.json
 *   npx tsx scripts/eval-goals.ts ITEMS LABELS… --show tune:fp      # tune-half sentences flagged but not vaag (fp | fn)
 */
import * as fs from 'fs';
import * as path from 'path';
import { analysisOf, flaggedIn, goldArgs, half, pct, readLabels } from './gold';

interface Item { id: string; file: string; start: number; end: number; sentence: string }
interface Label { id: string; label: 'vaag' | 'concreet' | 'geen-doel' | 'twijfel'; why?: string }

const { files, show } = goldArgs('eval-goals.ts ITEMS.json LABELS.json [LABELS.json …] [--show tune:fp|tune:fn]');
const root = path.dirname(path.dirname(path.resolve(files[0])));
const items: Item[] = JSON.parse(fs.readFileSync(files[0], 'utf8'));
const { gold, overlap, agree } = readLabels<Label>(files.slice(1), 'label');

const det = { tune: { tp: 0, fp: 0, fn: 0, tn: 0 }, check: { tp: 0, fp: 0, fn: 0, tn: 0 } };
const byLabel = new Map<string, number>();
for (const it of items) {
  const g = gold.get(it.id);
  if (!g || g.label === 'twijfel') continue;
  const r = analysisOf(root, it.file);
  const flagged = flaggedIn(r, 'doel/vaag', it.start, it.end);
  const h = half(it.file), y = g.label === 'vaag', d = det[h];
  if (flagged && y) d.tp++; else if (flagged) d.fp++; else if (y) d.fn++; else d.tn++;
  byLabel.set(`${h} ${g.label} ${flagged ? 'flagged' : 'not flagged'}`, (byLabel.get(`${h} ${g.label} ${flagged ? 'flagged' : 'not flagged'}`) ?? 0) + 1);
  const kind = flagged && !y ? 'fp' : !flagged && y ? 'fn' : '';
  if (show === `${h}:${kind}`) console.log(`${it.id} gold ${g.label}: ${g.why ?? ''}\n   ${it.sentence.slice(0, 240)}`);
}
for (const h of ['tune', 'check'] as const) {
  const d = det[h];
  console.log(`${h}: ${d.tp + d.fp + d.fn + d.tn} sentences; doel/vaag precision ${pct(d.tp, d.tp + d.fp)} (${d.tp}/${d.tp + d.fp}), recall ${pct(d.tp, d.tp + d.fn)} (${d.tp}/${d.tp + d.fn})`);
  for (const [k, v] of [...byLabel].filter(([k]) => k.startsWith(h)).sort()) console.log(`  ${k.slice(h.length + 1).padEnd(24)} ${v}`);
}
if (overlap) console.log(`labellers: ${overlap} sentences labelled twice, label agrees on ${agree} (${pct(agree, overlap)})`);
