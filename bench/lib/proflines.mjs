// Line-level self samples of the functions named on the command line, from a .cpuprofile (positionTicks).
// Usage: node proflines.mjs FILE.cpuprofile BUNDLE fnName[:line] ...
import fs from 'node:fs';
const [file, bundle, ...names] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const src = fs.readFileSync(bundle, 'utf8').split('\n');
const interval = (prof.endTime - prof.startTime) / prof.samples.length / 1000;
for (const nm of names) {
  const [fn, ln] = nm.split(':');
  const ticks = new Map();
  for (const n of prof.nodes) {
    if (n.callFrame.functionName !== fn || (ln && n.callFrame.lineNumber + 1 !== Number(ln))) continue;
    for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
  }
  console.log(`== ${nm}`);
  for (const [line, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(t * interval).toFixed(0).padStart(5)} ms  ${line}: ${src[line - 1].trim().slice(0, 150)}`);
}
