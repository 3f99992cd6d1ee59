#!/usr/bin/env node
// `npm test`: build, type check, lint, the unit suites and the real-editor suites, in that order. Each mocha
// stage prints its own closing line; this script adds them up and ends the whole run with one line
// "N passed, N failed" (what CI reads). A failing non-mocha stage counts as one failure and stops the run.
// REGIECHECK_SKIP_E2E=1 skips the real-editor stage (for a quick local run; CI never sets it).
import { spawn } from 'node:child_process';

const STAGES = [
  ['build', 'npm', ['run', '-s', 'build']],
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['unit', 'npm', ['run', '-s', 'test:unit'], true],
  ...(process.env.REGIECHECK_SKIP_E2E === '1' ? [] : [['e2e', 'npm', ['run', '-s', 'test:e2e'], true]]),
];

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (d) => { process.stdout.write(d); tail = (tail + d).slice(-4000); });
    child.on('close', (code) => resolve({ code: code ?? 1, tail }));
  });
}

let passed = 0, failed = 0;
for (const [name, cmd, args, counts] of STAGES) {
  console.log(`\n=== ${name} ===`);
  const { code, tail } = await run(cmd, args);
  const m = counts ? [...tail.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop() : undefined;
  if (m) { passed += Number(m[1]); failed += Number(m[2]); }
  if (code !== 0 && !(m && Number(m[2]) > 0)) failed++;
  if (code !== 0 && !counts) { console.log(`stage ${name} failed (exit ${code})`); break; }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
