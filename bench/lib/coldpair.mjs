// Two core bundles' cache-cold analyses of one file, paired in one process (branch speed22): each bundle has its own
// module-level caches, so each is cold for the text; both are warmed on the same unrelated text first (as coldOnce
// does), then each analyses the file once, in the order given. Run it with `--single-threaded` so that V8's compiles
// and collections are on the main thread and `process.cpuUsage` measures the analysis. Prints one JSON line: CPU and
// wall ms of each. The caller alternates the order over fresh processes (see `coldpairs` below).
// Usage: node --single-threaded bench/lib/coldpair.mjs A.cjs B.cjs FILE [BA]
//        node bench/lib/coldpair.mjs --rounds N A.cjs B.cjs FILE   (N fresh processes, order alternating; medians)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { warmCore } from './cold.mjs';

const args = process.argv.slice(2);
if (args[0] === '--rounds') {
  const [, n, a, b, file] = args;
  const res = { a: [], b: [], aw: [], bw: [], d: [] };
  console.log(`load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  for (let r = 0; r < Number(n); r++) {
    const out = spawnSync(process.execPath, ['--single-threaded', fileURLToPath(import.meta.url), a, b, file, r % 2 ? 'BA' : 'AB'], { encoding: 'utf8' });
    if (out.status !== 0) { console.error(out.stderr); process.exit(1); }
    const j = JSON.parse(out.stdout.trim().split('\n').pop());
    res.a.push(j.aCpu); res.b.push(j.bCpu); res.aw.push(j.aWall); res.bw.push(j.bWall); res.d.push(j.bCpu - j.aCpu);
    console.log(`${j.order}  A ${j.aCpu.toFixed(0)} ms CPU (${j.aWall.toFixed(0)} wall)  B ${j.bCpu.toFixed(0)} ms CPU (${j.bWall.toFixed(0)} wall)  B−A ${(j.bCpu - j.aCpu).toFixed(0)}`);
  }
  const med = (x) => { const s = [...x].sort((p, q) => p - q); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
  console.log(`median CPU A ${med(res.a).toFixed(0)}  B ${med(res.b).toFixed(0)}  B−A ${med(res.d).toFixed(0)} ms (${(100 * med(res.d) / med(res.a)).toFixed(1)} %); B lower in ${res.d.filter((x) => x < 0).length} of ${res.d.length}; wall A ${med(res.aw).toFixed(0)} B ${med(res.bw).toFixed(0)}`);
  console.log(`load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
} else {
  const [a, b, file, order = 'AB'] = args;
  const A = warmCore(a, file), B = warmCore(b, file);
  const one = (x) => {
    const c0 = process.cpuUsage(); const t0 = performance.now();
    x.core.analyze(x.text, { file, format: x.format });
    const w = performance.now() - t0; const c = process.cpuUsage(c0);
    return { cpu: (c.user + c.system) / 1000, wall: w };
  };
  let ra, rb;
  if (order === 'AB') { ra = one(A); rb = one(B); } else { rb = one(B); ra = one(A); }
  console.log(JSON.stringify({ order, aCpu: ra.cpu, aWall: ra.wall, bCpu: rb.cpu, bWall: rb.wall }));
}
