// The split of an incremental edit by pass, from a .cpuprofile of `incprof.mjs` (PROF=…; non-minified core):
//   node bench/lib/incsplit.mjs FILE [edits=250]
// Samples below a memoised computation (a callee of `memoize`), a text fact's or fact list's test (`textFacts`,
// `factIndexes`), a block's sentence building or a sentence rule's gate or check count as the reading of the new
// sentence; every other sample under the Analyzer's `run` goes to the innermost pass named below; GC samples apart.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The split of one profile: `split()` gives ms per category over the whole profile (incclass.mjs profiles one edit). */
export function classifier(prof) {
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const interval = (prof.endTime - prof.startTime) / prof.samples.length / 1000;
const nameOf = (n) => (n.callFrame.functionName === 'run' ? `run:${n.callFrame.lineNumber + 1}` : n.callFrame.functionName);
// The Analyzer's run: the `run` called from the closure that `withUserPhrases` calls.
const analyzerRun = prof.nodes.find((n) => n.callFrame.functionName === 'run' && nameOf(byId.get(parent.get(byId.get(parent.get(n.id)).id)) ?? { callFrame: {} }) === 'withUserPhrases');
const RUN = analyzerRun ? nameOf(analyzerRun) : 'run';
const passes = new Map([
  ['buildDocument', 'parse and block diff'], ['parseBlocks', 'parse and block diff'],
  ['placeFinding', 'result objects'], ['toFinding', 'result objects'], ['mergeOverlapping', 'result objects'], ['publicReading', 'result objects'], ['shown', 'result objects'], ['disabledRanges', 'result objects'],
  ['computeScores', 'scores, language, policy'], ['dutchConfidence', 'scores, language, policy'], ['policyConfidence', 'scores, language, policy'],
  ['modelUnits', 'units and section roles'], ['sectionRoles', 'units and section roles'], ['blockRoles', 'units and section roles'],
  ['readRegie', 'regie fold'],
  ['leadReading', 'profile fold'], ['computeProfile', 'profile fold'],
  ['evaluateChecklist', 'checklist fold'], ['checklistContext', 'checklist fold'],
  ['documentContext', 'document rules'],
  ['runSentenceRules', 'rule pass'], ['runRules', 'rule pass'],
  [RUN, 'Analyzer.run itself'],
]);
// The checklist's item runner is also called `run`.
for (const n of prof.nodes) if (n.callFrame.functionName === 'run' && nameOf(n) !== RUN && nameOf(byId.get(parent.get(n.id))) === 'evaluateChecklist') passes.set(nameOf(n), 'checklist fold');
const readingParents = new Set(['memoize', 'textFacts', 'factIndexes']);
const cache = new Map();
const classify = (id) => {
  if (cache.has(id)) return cache.get(id);
  const path = [];
  for (let x = id; x !== undefined; x = parent.get(x)) path.push(nameOf(byId.get(x)));
  let cat;
  if (path[0] === '(garbage collector)') cat = 'garbage collection';
  else if (!path.includes(RUN)) cat = 'outside the analysis';
  else {
    for (let i = 0; i < path.length - 1 && !cat; i++) {
      if (readingParents.has(path[i + 1]) && !readingParents.has(path[i])) cat = 'reading of the new sentence';
      if (path[i] === 'buildBlock' || path[i] === 'buildSentence') cat = 'reading of the new sentence';
      if ((path[i] === 'check' || path[i] === 'gate') && path.includes('runSentenceRules')) cat = 'reading of the new sentence';
    }
    if (!cat) for (const f of path) {
      if (f === 'check' && !path.includes('runSentenceRules')) { cat = 'document rules'; break; }
      if (passes.has(f)) { cat = passes.get(f); break; }
    }
    cat ??= 'other';
  }
  cache.set(id, cat);
  return cat;
};
const tally = new Map();
for (const s of prof.samples) { const c = classify(s); tally.set(c, (tally.get(c) ?? 0) + 1); }
return {
  tally, interval,
  split() { const o = {}; for (const [k, v] of tally) if (k !== 'outside the analysis') o[k] = v * interval; return o; },
};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
const [file, editsArg = '250'] = process.argv.slice(2);
const { tally, interval } = classifier(JSON.parse(fs.readFileSync(file, 'utf8')));
const edits = Number(editsArg);
let tot = 0;
for (const [k, v] of tally) if (k !== 'outside the analysis') tot += v;
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1])) if (k !== 'outside the analysis') console.log(`${k.padEnd(30)} ${(v * interval / edits).toFixed(3)} ms/edit  ${(100 * v / tot).toFixed(1)} %`);
console.log(`total (analysis and GC) ${(tot * interval / edits).toFixed(2)} ms/edit`);
}
