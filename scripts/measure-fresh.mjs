#!/usr/bin/env node
// Scores a build's findings on a fresh set against blind verdicts judged earlier (docs/fresh-sets.md).
// Usage: node scripts/measure-fresh.mjs VERDICTS.json[,MORE.json] FINDINGS.json[,MORE.json] [--list wrong,debatable,new,lost] [--rule R] [--exclude a.md,b.md]
// Verdicts: [{ file, line, rule, flagged, sentence, verdict: correct|wrong|debatable, kind, reason }]; findings: the CLI's --format json.
// Matches a verdict to a finding of the same file (base name), rule and line (one to one).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
const [vp, fp, ...rest] = process.argv.slice(2);
const list = (rest.includes('--list') ? rest[rest.indexOf('--list') + 1] : '').split(',');
const onlyRule = rest.includes('--rule') ? rest[rest.indexOf('--rule') + 1] : null;
const exclude = new Set(rest.includes('--exclude') ? rest[rest.indexOf('--exclude') + 1].split(',') : []);
const SKIP = new Set(['afnemer/ontbreekt', 'geld/ontbreekt', 'planb/ontbreekt']);
const verdicts = vp.split(',').flatMap((p) => JSON.parse(readFileSync(p, 'utf8'))).filter((v) => !exclude.has(basename(v.file)));
const res = fp.split(',').flatMap((p) => JSON.parse(readFileSync(p, 'utf8'))).filter((d) => !exclude.has(basename(d.file)));
const key = (file, rule, line) => `${basename(file)}|${rule}|${line}`;
const have = new Map();
for (const d of res) for (const f of d.findings ?? []) {
  if (SKIP.has(f.rule)) continue;
  const k = key(d.file, f.rule, f.line);
  (have.get(k) ?? have.set(k, []).get(k)).push(f);
}
const per = {};
const row = (r) => (per[r] ??= { correct: 0, wrong: 0, debatable: 0, lostCorrect: 0, goneWrong: 0, goneDeb: 0, new: 0 });
const out = [];
for (const v of verdicts) {
  const k = key(v.file, v.rule, v.line);
  const arr = have.get(k);
  const r = row(v.rule);
  const verdict = v.verdict === 'correct' ? 'correct' : v.verdict === 'wrong' ? 'wrong' : 'debatable';
  // Same words first; else any finding of the rule on the line (one to one).
  const same = arr ? arr.findIndex((f) => f.text === v.flagged) : -1;
  const rivals = verdicts.filter((x) => x !== v && key(x.file, x.rule, x.line) === k && arr && arr.some((f) => f.text === x.flagged));
  const pick = same >= 0 ? same : arr && arr.findIndex((f) => !rivals.some((x) => x.flagged === f.text));
  if (arr && arr.length && pick >= 0) {
    arr.splice(pick, 1);
    r[verdict]++;
    if (list.includes(verdict) && (!onlyRule || onlyRule === v.rule)) out.push(`${verdict.toUpperCase()} ${k} | ${v.flagged} | ${v.kind} | ${v.reason}\n      ${v.sentence}`);
  } else {
    if (verdict === 'correct') { r.lostCorrect++; if (list.includes('lost')) out.push(`LOST ${k} | ${v.flagged} | ${v.sentence}`); }
    else if (verdict === 'wrong') r.goneWrong++; else r.goneDeb++;
  }
}
for (const [k, arr] of have) for (const f of arr) {
  row(f.rule).new++;
  if (list.includes('new') && (!onlyRule || onlyRule === f.rule)) out.push(`NEW ${k} | ${f.text}`);
}
let t = { correct: 0, wrong: 0, debatable: 0, lostCorrect: 0, goneWrong: 0, goneDeb: 0, new: 0 };
console.log('rule                   kept c/w/d      prec   lost-correct  gone-wrong  gone-deb  new(unjudged)');
for (const [r, x] of Object.entries(per).sort()) {
  for (const k of Object.keys(t)) t[k] += x[k];
  const p = x.correct + x.wrong ? Math.round((100 * x.correct) / (x.correct + x.wrong)) : 0;
  console.log(`${r.padEnd(22)} ${`${x.correct}/${x.wrong}/${x.debatable}`.padEnd(14)} ${String(p).padStart(3)} % ${String(x.lostCorrect).padStart(8)} ${String(x.goneWrong).padStart(11)} ${String(x.goneDeb).padStart(9)} ${String(x.new).padStart(9)}`);
}
const P = Math.round((100 * t.correct) / (t.correct + t.wrong));
console.log(`ALL                    ${t.correct}/${t.wrong}/${t.debatable}   ${P} % (correct/(c+w))  lost ${t.lostCorrect}  gone wrong ${t.goneWrong}  gone deb ${t.goneDeb}  new ${t.new}`);
if (out.length) console.log('\n' + out.join('\n'));
