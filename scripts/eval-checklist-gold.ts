/**
 * Measures checklist items against a blind gold set of real excerpts labelled by which sentences show an item met
 * (docs/accuracy.md, "Twenty-second session"; docs/fresh-sets.md, "The checklist gold set"). Each excerpt is read as a
 * whole document; an item is met in the gold when a labeller named at least one sentence for it. Texts are split into a
 * tune and a check half by their file: study the tune half's disagreements, report the check half.
 *
 *   npx tsx scripts/eval-checklist-gold.ts /work/checkgold/texts.json /work/checkgold/labels-{A,B}.json
 *   … --show tune:K1.eigenbelang        # the tune half's disagreements on one item
 *
 * Texts labelled twice (the overlap) count once (the first labeller's) and give the agreement per item.
 */
import * as fs from 'fs';
import { buildDocument } from '../src/core/document';
import { analysisOf, goldArgs, half, pct } from './gold';

interface Text { id: string; file: string; sentences: number }
interface Label { text: string; items: Record<string, number[]>; na?: string[] }

const { files, show } = goldArgs('eval-checklist-gold.ts TEXTS.json LABELS.json [LABELS.json …] [--show tune:ITEM]');
const texts: Text[] = JSON.parse(fs.readFileSync(files[0], 'utf8'));
const gold = new Map<string, Label>();
const agree = new Map<string, [number, number]>();
for (const f of files.slice(1)) {
  if (!fs.existsSync(f)) continue;
  for (const l of JSON.parse(fs.readFileSync(f, 'utf8')) as Label[]) {
    const first = gold.get(l.text);
    if (!first) { gold.set(l.text, l); continue; }
    for (const item of Object.keys(l.items)) {
      if (first.na?.includes(item) || l.na?.includes(item)) continue;
      const a = agree.get(item) ?? [0, 0];
      a[1]++;
      if ((first.items[item]?.length ?? 0) > 0 === (l.items[item]?.length ?? 0) > 0) a[0]++;
      agree.set(item, a);
    }
  }
}
const [showHalf, showItem] = show.split(':');
type C = { tp: number; fp: number; fn: number; tn: number; na: number };
const counts = new Map<string, C>();
const row = (k: string): C => counts.get(k) ?? counts.set(k, { tp: 0, fp: 0, fn: 0, tn: 0, na: 0 }).get(k)!;
const items = new Set<string>();
for (const t of texts) {
  const g = gold.get(t.id);
  if (!g) continue;
  const h = half(t.file);
  const r = analysisOf('/', t.file);
  const doc = buildDocument(fs.readFileSync(t.file, 'utf8'), 'markdown');
  const sentenceOf = (start: number): number => doc.sentences.findIndex((s) => s.start <= start && start < s.end) + 1;
  for (const [item, ev] of Object.entries(g.items)) {
    items.add(item);
    const got = r.checklist[item as keyof typeof r.checklist];
    for (const k of [`${h} ${item}`, `${h} ALL`]) {
      const c = row(k);
      if (g.na?.includes(item) || got?.met === null) { c.na++; continue; }
      const y = ev.length > 0, p = !!got?.met;
      if (y && p) c.tp++; else if (p) c.fp++; else if (y) c.fn++; else c.tn++;
    }
    if (showHalf === h && showItem === item && !g.na?.includes(item) && got && got.met !== null && (ev.length > 0) !== !!got.met) {
      const lines = fs.readFileSync(`/work/checkgold/texts/${t.id}.txt`, 'utf8').split('\n');
      const evSent = (got.evidence ?? []).map((e: { start: number }) => sentenceOf(e.start));
      console.log(`${t.id} gold ${ev.length ? 'met' : 'not'} [${ev.join(',')}] product ${got.met ? 'met' : 'not'} [${evSent.join(',')}]`);
      for (const k of new Set([...ev, ...evSent])) console.log(`   ${(lines.find((l) => l.startsWith(`[${k}] `)) ?? '').slice(0, 220)}`);
    }
  }
}
console.log('half  item                  n   accuracy  met-precision  met-recall   (tp/fp/fn/tn, n/a)  agreement');
for (const h of ['tune', 'check']) {
  for (const item of [...items].sort().concat('ALL')) {
    const c = counts.get(`${h} ${item}`);
    if (!c) continue;
    const n = c.tp + c.fp + c.fn + c.tn;
    const a = agree.get(item);
    console.log(`${h.padEnd(5)} ${item.padEnd(20)} ${String(n).padStart(3)}  ${pct(c.tp + c.tn, n).padStart(8)}  ${pct(c.tp, c.tp + c.fp).padStart(12)}  ${pct(c.tp, c.tp + c.fn).padStart(10)}   (${c.tp}/${c.fp}/${c.fn}/${c.tn}, ${c.na})  ${item !== 'ALL' && a ? `${a[0]}/${a[1]}` : ''}`);
  }
}
