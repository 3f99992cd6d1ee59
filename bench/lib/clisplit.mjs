// The split of a CPU profile of a non-minified CLI or core bundle (`node esbuild.js` without --production, or
// `--cpu-prof` on dist/cli.js of such a build): self time per module (from esbuild's `// src/…` markers in the bundle)
// and the inclusive time of the passes, each counted once per sample (the innermost named pass that is on the stack
// wins, so the passes add up; a lazily built table is charged to the pass that first asked for it).
// Usage: node bench/lib/clisplit.mjs FILE.cpuprofile [top]   (the bundles are found through the profile's urls)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 30);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Module of a line of a bundle: the last `// src/…` or `// node_modules/…` marker at or before it. */
const markers = new Map();
const moduleOf = (url, line) => {
  if (!url) return '';
  if (!markers.has(url)) {
    let list = [];
    try {
      const p = url.startsWith('file:') ? fileURLToPath(url) : url;
      if (/\.(c?js)$/.test(p) && fs.existsSync(p)) {
        const src = fs.readFileSync(p, 'utf8').split('\n');
        for (let i = 0; i < src.length; i++) { const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(src[i]); if (m) list.push([i, m[1]]); }
      }
    } catch { list = []; }
    markers.set(url, list);
  }
  const list = markers.get(url);
  if (!list.length) return url.startsWith('node:') ? 'node internals' : url.split('/').pop();
  let lo = 0, hi = list.length - 1, best = 'bundle prelude';
  while (lo <= hi) { const mid = (lo + hi) >> 1; if (list[mid][0] <= line) { best = list[mid][1]; lo = mid + 1; } else hi = mid - 1; }
  return best;
};

// Passes: [label, function name, module suffix or '' for any]. Innermost on the stack wins.
const PASSES = [
  ['load: require the bundle (module init)', '(module)', ''],
  ['read + parse blocks', 'parseBlocks', 'text/blocks.ts'],
  ['sentences', 'splitSentences', 'text/sentences.ts'],
  ['tokenize', 'tokenize', 'text/tokens.ts'],
  ['document model', 'buildDocument', 'document.ts'],
  ['language + policy gate', 'dutchConfidence', 'language.ts'],
  ['language + policy gate', 'policyConfidence', 'profile/policy.ts'],
  ['rule pass', 'runRules', 'engine.ts'],
  ['rules: cache keys', 'cacheKey', 'scope.ts'],
  ['rules: gates', 'guardedGate', 'scope.ts'],
  ['rules: checks', 'guardedCheck', 'scope.ts'],
  ['regie reader', 'readRegie', 'regie.ts'],
  ['checklist: cues (context arrays)', 'contextArrays', 'checklist/evaluate.ts'],
  ['profile: lead reading', 'leadReading', 'profile/lead.ts'],
  ['checklist', 'evaluateChecklist', 'checklist/evaluate.ts'],
  ['profile', 'computeProfile', 'profile/profile.ts'],
  ['scores', 'computeScores', 'scoring/scores.ts'],
  ['units (unitOf/computeUnit, without the local reading)', 'computeUnit', 'read/unit.ts'],
  ['units: block roles', 'blockRoles', 'read/unit.ts'],
  ['local reading (computeLocal, without tagger/clauses/frames)', 'computeLocal', 'read/unit.ts'],
  ['local reading: tagger', 'tagWords', 'read/lexicon.ts'],
  ['local reading: clause records', 'readClauses', 'read/clause.ts'],
  ['frames', 'framesOf', 'read/frames.ts'],
  ['lexicon load (constructor, indexes, morph)', 'Lexicon', 'read/lexicon.ts'],
  ['lexicon load (constructor, indexes, morph)', 'loadIndex', 'read/lexicon.ts'],
  ['lexicon load (constructor, indexes, morph)', 'morph', 'read/lexicon.ts'],
  ['combined vocabulary pass', 'sentenceBits', 'vocab/phrase.ts'],
  ['vocabulary compile: combined index', 'buildAllIndex', 'vocab/phrase.ts'],
  ['vocabulary compile: needle table', 'theNeedleTable', 'vocab/phrase.ts'],
  ['vocabulary compile: a list', 'compilePhraseList', 'vocab/phrase.ts'],
  ['output (formatters)', 'formatResults', ''],
];
const passOf = (n) => {
  const cf = n.callFrame;
  const mod = moduleOf(cf.url, cf.lineNumber);
  if (cf.functionName === '' && cf.lineNumber === 0 && /cli-main|core|same-core|\.cjs$/.test(cf.url)) return 'load: require the bundle (module init)';
  for (const [label, fn, suffix] of PASSES) if (fn === cf.functionName && (!suffix || mod.endsWith(suffix))) return label;
  return null;
};

const self = new Map(), selfFn = new Map(), pass = new Map();
const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  const dt = prof.timeDeltas[i] ?? 0; total += dt;
  const n = byId.get(prof.samples[i]);
  const cf = n.callFrame;
  const mod = cf.url ? moduleOf(cf.url, cf.lineNumber) : cf.functionName; // (garbage collector), (program), (idle)
  add(self, mod, dt);
  add(selfFn, `${cf.functionName || '(anon)'}:${cf.lineNumber + 1} ${mod}`, dt);
  let id = n.id, label = null;
  while (id != null && !label) { label = passOf(byId.get(id)); id = parent.get(id); }
  if (!label) label = cf.url ? 'other (outside the named passes)' : cf.functionName;
  add(pass, label, dt);
}
const rank = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${name}`).join('\n');
console.log(`total ${(total / 1000).toFixed(0)} ms sampled`);
console.log(`-- by pass (innermost named pass on the stack) --\n${rank(pass, 40)}`);
console.log(`-- self by module --\n${rank(self, top)}`);
console.log(`-- self by function --\n${rank(selfFn, top)}`);
