// The split of an incremental edit by pass without the profiler (branch speed21): bundles the core of a working tree
// (default this one) with `performance.now()` around the passes of `Analyzer.run` (the document build, the regie
// fold — asked before the rules, so the rule pass does not pay for it —, the rule pass with its sentence rules and its
// document rules, the checklist, the profile), then applies seeded one-character edits to the generated 20k-word
// document (as inproc.mjs `incremental` draws them) and analyses each edited text and then the same text again
// (nothing changed: every pass finds its caches valid). Prints the median µs per pass for both.
//   node bench/lib/incpass.mjs [repo=.] [edits=400]
//   INCPASS_FINE=1 node bench/lib/incpass.mjs …  also splits the document rules one by one and the profile by decision
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawEdit, prng } from './gen.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [repoArg = path.join(here, '..', '..'), editsArg = '400'] = process.argv.slice(2);
const repo = path.resolve(repoArg);
const require = createRequire(path.join(repo, 'package.json'));
const esbuild = require('esbuild');
const fine = process.env.INCPASS_FINE === '1';
const T = (name, expr) => `((globalThis.__t0 = performance.now()), (globalThis.__r = ${expr}), (globalThis.__T[${JSON.stringify(name)}] = (globalThis.__T[${JSON.stringify(name)}] ?? 0) + performance.now() - globalThis.__t0), globalThis.__r)`;
// Nested inside T (the profile's parts): its own start and result variables.
const T2 = (name, expr) => T(name, expr).replaceAll('__t0', '__t3').replaceAll('__r', '__r3');
const lap = (name) => `globalThis.__T[${JSON.stringify(name)}] = (globalThis.__T[${JSON.stringify(name)}] ?? 0) + performance.now() - globalThis.__t1; globalThis.__t1 = performance.now();`;
const split = {
  name: 'split', setup(b) {
    b.onLoad({ filter: /[\\/]core[\\/]engine\.ts$/ }, (args) => {
      let src = fs.readFileSync(args.path, 'utf8');
      const rep = (a, by) => { if (!src.includes(a)) throw new Error(`incpass: engine.ts no longer has: ${a}`); src = src.replace(a, by); };
      rep("const doc = buildDocument(text, opts.format ?? 'markdown', this.cache);", `const doc = ${T('build', "buildDocument(text, opts.format ?? 'markdown', this.cache)")};`);
      rep('const a = newAnalysis(doc, config, family, opts.strict === true);', `const a = newAnalysis(doc, config, family, opts.strict === true); ${T('regie', 'a.regie()')};`);
      rep('const findings = runRules(a, opts.rules ?? RULES, locale, phrasesKey(config));', `const findings = ${T('rules', 'runRules(a, opts.rules ?? RULES, locale, phrasesKey(config))')};`);
      rep('const checklist = evaluateChecklist(doc, regie, { strict: opts.strict === true, failed: a.failed });', `const checklist = ${T('checklist', 'evaluateChecklist(doc, regie, { strict: opts.strict === true, failed: a.failed })')};`);
      rep('const profile = computeProfile(doc, regie);', `const profile = ${T('profile', 'computeProfile(doc, regie)')};`);
      rep('runSentenceRules(a, rules, severities', 'globalThis.__t1 = performance.now(); runSentenceRules(a, rules, severities');
      rep('const whole = documentContext(a);', `${lap('rules: sentence')} const whole = documentContext(a);`);
      rep('const out: Finding[] = [];', `${lap('rules: document')} const out: Finding[] = [];`);
      if (fine) rep('if (guarded(a, rule, () => rule.check(', 'globalThis.__t2 = performance.now(); if (guarded(a, rule, () => rule.check(');
      if (fine) rep('perRule[r].push(...mine);', `perRule[r].push(...mine); globalThis.__T['  doc: ' + rule.id] = (globalThis.__T['  doc: ' + rule.id] ?? 0) + performance.now() - globalThis.__t2;`);
      return { contents: src, loader: 'ts' };
    });
    // INCPASS_FINE=1 (branch speed24): the lead reading's regie claim holders.
    if (fine) b.onLoad({ filter: /[\\/]core[\\/]profile[\\/]lead\.ts$/ }, (args) => {
      let src = fs.readFileSync(args.path, 'utf8');
      const rep = (a, by) => { if (!src.includes(a)) throw new Error(`incpass: lead.ts no longer has: ${a}`); src = src.replace(a, by); };
      const T7 = (name, expr) => T(name, expr).replaceAll('__t0', '__t7').replaceAll('__r', '__r7');
      rep('const holders = [...claimHolders(doc, regie).entries()]', `const holders = [...${T7('      lead reading: claim holders', 'claimHolders(doc, regie)')}.entries()]`);
      return { contents: src, loader: 'ts' };
    });
    // INCPASS_FINE=1 (branch speed24): the checklist by decider, its context, K4's applicability, signals and strengths.
    if (fine) b.onLoad({ filter: /[\\/]core[\\/]checklist[\\/]evaluate\.ts$/ }, (args) => {
      let src = fs.readFileSync(args.path, 'utf8');
      const rep = (a, by) => { if (!src.includes(a)) throw new Error(`incpass: evaluate.ts no longer has: ${a}`); src = src.replace(a, by); };
      rep('const ctx = checklistContext(doc, regie);', `const ctx = ${T2('  checklist: context', 'checklistContext(doc, regie)')};`);
      rep('    try {\n      out[id] = f(new ItemContext(id, ITEM_SCOPES[id], ctx, out));', `    try {\n      out[id] = ${T2("  checklist: ' + id + '", 'f(new ItemContext(id, ITEM_SCOPES[id], ctx, out))').replaceAll(`"  checklist: ' + id + '"`, "'  checklist: ' + id")};`);
      rep('if (!k4Applicable(ctx)) {', `if (!${T2('  checklist: k4Applicable', 'k4Applicable(ctx)')}) {`);
      rep('signalsByResult.set(ordered, computeSignals(ctx));', `signalsByResult.set(ordered, ${T2('  checklist: signals', 'computeSignals(ctx)')});`);
      rep('for (const [id, r] of Object.entries(ordered)) if (r.met) strength[id] = strengthOf(ctx, id, r);', `globalThis.__t4 = performance.now(); for (const [id, r] of Object.entries(ordered)) if (r.met) strength[id] = strengthOf(ctx, id, r); globalThis.__T['  checklist: strength'] = (globalThis.__T['  checklist: strength'] ?? 0) + performance.now() - globalThis.__t4;`);
      return { contents: src, loader: 'ts' };
    });
    // INCPASS_FINE=1 (branch speed23): each document rule, and the profile's four decisions and its signals.
    if (fine) b.onLoad({ filter: /[\\/]core[\\/]profile[\\/]profile\.ts$/ }, (args) => {
      let src = fs.readFileSync(args.path, 'utf8');
      const rep = (a, by) => { if (!src.includes(a)) throw new Error(`incpass: profile.ts no longer has: ${a}`); src = src.replace(a, by); };
      for (const [name, expr] of [['doctype', 'classifyDoctype(doc)'], ['fase', 'decideFase(doc, dt.doctype)'], ['coalitietype', 'decideCoalitietype(doc, dt.doctype, regie)'], ['regierol', 'decideRegierol(doc, regie, dt.doctype)']]) {
        rep(`= ${expr};`, `= ${T2(`  profile: ${name}`, expr)};`);
      }
      rep('signalsOf.set(profile, computeSignals(doc, dt.doctype, regie));', `signalsOf.set(profile, ${T2('  profile: signals', 'computeSignals(doc, dt.doctype, regie)')});`);
      // (branch speed24) decideRegierol in parts: the regie claims, the leadership claims, the kinds named, the rest.
      const lap5 = (name) => `globalThis.__T[${JSON.stringify(name)}] = (globalThis.__T[${JSON.stringify(name)}] ?? 0) + performance.now() - globalThis.__t5; globalThis.__t5 = performance.now();`;
      rep('  const claimSentences: number[] = [];', '  globalThis.__t5 = performance.now(); const claimSentences: number[] = [];');
      rep('  const cue = leadershipCues(doc);', `${lap5('    regierol: regie claims')} const cue = leadershipCues(doc);`);
      rep('  if (claimSentences.length === 0) return { rol: \'geen\', cues: [] };', `${lap5('    regierol: leadership claims')} if (claimSentences.length === 0) return { rol: 'geen', cues: [] };`);
      // (branch speed24) decideCoalitietype in parts: the distinct partners, the party relation (the lead reading).
      const T6 = (name, expr) => T(name, expr).replaceAll('__t0', '__t6').replaceAll('__r', '__r6');
      rep('  const partners = distinctPartners(doc);', `  const partners = ${T6('    coalitietype: partners', 'distinctPartners(doc)')};`);
      rep('  const rel = partyRelation(doc, doctype, regie);', `  const rel = ${T6('    coalitietype: relation (lead reading)', 'partyRelation(doc, doctype, regie)')};`);
      rep('  const lead = leadReading(doc, regie);\n  // A decision orders', `${lap5('    regierol: kinds named')} const lead = leadReading(doc, regie);\n  // A decision orders`);
      return { contents: src, loader: 'ts' };
    });
  },
};
const out = path.join(here, '..', '.cache', `incpass-${process.pid}.cjs`);
fs.mkdirSync(path.dirname(out), { recursive: true });
await esbuild.build({
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', outfile: out,
  stdin: { contents: "export * from './src/core/index';", resolveDir: repo, loader: 'ts' },
  define: { REGIECHECK_VERSION: '"incpass"' }, plugins: [split],
});
globalThis.__T = {};
const core = require(out);
fs.rmSync(out);
let text = fs.readFileSync(path.join(here, '..', '.cache', 'generated-20k.md'), 'utf8');
const an = new core.Analyzer();
const o = { file: 'bench.md', format: 'markdown' };
an.analyze(text, o);
const rnd = prng(7);
const edit = {}, same = {};
const keep = (m, total) => { for (const [k, v] of Object.entries({ ...globalThis.__T, 'whole analysis': total })) (m[k] ??= []).push(v * 1000); };
const load0 = os.loadavg()[0];
for (let i = 0; i < 40 + Number(editsArg); i++) {
  const e = drawEdit(rnd, text);
  if (!e) continue;
  text = text.slice(0, e.pos) + e.ch + text.slice(e.pos + 1);
  for (const m of [edit, same]) {
    globalThis.__T = {};
    const t0 = performance.now();
    an.analyze(text, o);
    if (i >= 40) keep(m, performance.now() - t0);
  }
}
const med = (x) => { const s = [...x].sort((a, b) => a - b); return s[s.length >> 1]; };
console.log(`${repo} (load ${load0.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}): median µs per pass, an edit | the same text again`);
for (const k of Object.keys(edit)) console.log(`  ${k.padEnd(18)} ${String(Math.round(med(edit[k]))).padStart(6)} | ${String(Math.round(med(same[k] ?? [0]))).padStart(6)}`);
