/**
 * Measures the unit reader's "commits in the text's own voice" (`unitOf(doc, i).commits`, src/core/read/unit.ts) against
 * blind human labels of what real sentences do (docs/accuracy.md, "Twenty-first session"; docs/fresh-sets.md, "The unit
 * gold set"). The items name a text (a Markdown file of a fresh set), a sentence index and the sentence itself; the
 * labels say per item `own: yes | no | unsure` (and `fn`, `doer`). Items are split into a tune and a check half by
 * their file, so that sentences of one text stay in one half: study the tune half's disagreements, report the check half.
 *
 *   npx tsx scripts/eval-units.ts /work/unitgold/items.json /work/unitgold/labels-{A,B,C,D}.json
 *   npx tsx scripts/eval-units.ts ITEMS LABELS… --show tune:fp      # disagreements of the tune half (fp | fn)
 *
 * Labels of an item given twice (the overlap of two labellers) count once (the first) and give the agreement.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildDocument, type DocModel } from '../src/core/document';
import { unitOf } from '../src/core/read/unit';
import { goldArgs, half, pct, readLabels } from './gold';

interface Item { id: string; file: string; i: number; sentence?: string }
interface Label { id: string; fn: string; own: 'yes' | 'no' | 'unsure'; doer?: string; why?: string }

const { files, show: showArg } = goldArgs('eval-units.ts ITEMS.json LABELS.json [LABELS.json …] [--show tune:fp|tune:fn]');
const root = path.dirname(path.dirname(path.resolve(files[0])));
const items: Item[] = JSON.parse(fs.readFileSync(files[0], 'utf8'));
const { gold, overlap, agree: agreeOwn } = readLabels<Label>(files.slice(1), 'own');
const agreeFn = readLabels<Label>(files.slice(1), 'fn').agree;

type Counts = { tp: number; fp: number; fn: number; tn: number; unsure: number; moved: number };
const counts = new Map<string, Counts>();
const row = (k: string): Counts => counts.get(k) ?? counts.set(k, { tp: 0, fp: 0, fn: 0, tn: 0, unsure: 0, moved: 0 }).get(k)!;
const docs = new Map<string, DocModel>();
const [showHalf, showKind] = showArg.split(':');

for (const it of items) {
  const g = gold.get(it.id);
  if (!g) continue;
  const file = path.isAbsolute(it.file) ? it.file : path.join(root, it.file);
  let doc = docs.get(file);
  if (!doc) docs.set(file, (doc = buildDocument(fs.readFileSync(file, 'utf8'), 'markdown')));
  // The sentence index of the sampling build, checked against the sentence's text (a changed splitter moves it).
  let i = it.i;
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  if (it.sentence && norm(doc.sentences[i]?.raw ?? '') !== norm(it.sentence)) {
    i = doc.sentences.findIndex((s) => norm(s.raw) === norm(it.sentence!));
    if (i < 0) { row('ALL').moved++; continue; }
  }
  const h = half(it.file);
  const u = unitOf(doc, i);
  for (const k of ['ALL', h]) {
    const r = row(k);
    if (g.own === 'unsure') { r.unsure++; continue; }
    const y = g.own === 'yes';
    if (u.commits && y) r.tp++; else if (u.commits) r.fp++; else if (y) r.fn++; else r.tn++;
  }
  const kind = u.commits && g.own === 'no' ? 'fp' : !u.commits && g.own === 'yes' ? 'fn' : '';
  if (showHalf === h && showKind === kind) {
    const m = u.main;
    console.log(`${it.id} [${u.fn}/${u.cue}/${u.role}${u.narrative ? '/narrative' : ''}] main=${m ? `${m.subjectKind}|${m.tense}|${m.modality}` : '-'} gold ${g.fn}/${g.doer}: ${g.why ?? ''}\n   ${norm(doc.sentences[i].raw).slice(0, 240)}`);
  }
}

const p5 = (a: number, b: number) => pct(a, b).replace(' %', '').padStart(5);
// Accuracy alone flatters: most sentences commit nothing, so "never commits" scores well on it. Balanced accuracy (the
// mean of the recall of each class) and F1 of "commits" are the figures to compare.
console.log('half    items  commits: accuracy  balanced  precision  recall    F1   (tp/fp/fn/tn, unsure)');
for (const k of ['tune', 'check', 'ALL']) {
  const r = counts.get(k);
  if (!r) continue;
  const n = r.tp + r.fp + r.fn + r.tn;
  const balanced = ((r.tp / (r.tp + r.fn || 1)) + (r.tn / (r.tn + r.fp || 1))) / 2;
  const f1 = (2 * r.tp) / (2 * r.tp + r.fp + r.fn || 1);
  console.log(`${k.padEnd(6)} ${String(n).padStart(6)}  ${p5(r.tp + r.tn, n)} %   ${p5(balanced, 1)} %  ${p5(r.tp, r.tp + r.fp)} %   ${p5(r.tp, r.tp + r.fn)} %  ${(100 * f1).toFixed(1).padStart(5)}   (${r.tp}/${r.fp}/${r.fn}/${r.tn}, ${r.unsure})${r.moved ? `  ${r.moved} items not found` : ''}`);
}
if (overlap) console.log(`labellers: ${overlap} items labelled twice, own agrees on ${agreeOwn} (${pct(agreeOwn, overlap)}), fn on ${agreeFn} (${pct(agreeFn, overlap)})`);
