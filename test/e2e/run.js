#!/usr/bin/env node
'use strict';
// `npm run test:e2e`: install/verify the tools (test/e2e/setup.sh, cached), build and package the extension,
// then run the E2E mocha suite (tests against the installed .vsix + the in-host suite from the folder).
// The mocha run is its own process group with a hard time limit; a left-over group is killed at the end.
//
// Env: E2E_TOOLS (tools dir), E2E_TIMEOUT_SCALE (multiplies every wait), E2E_SKIP_PACKAGE=1 (load the extension
// from the folder instead of the VSIX), SHOT_DIR (screenshots; default docs/images), KEEP_E2E_DIR=1 (keep run dir).
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const SCALE = Number(process.env.E2E_TIMEOUT_SCALE) || 1;
const HARD_LIMIT_MS = 20 * 60 * 1000 * SCALE;

function step(title, cmd, args, opts = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', opts.capture ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8', ...opts });
  if (r.status !== 0) { console.error(`e2e: ${title} failed (exit ${r.status ?? r.signal})`); process.exit(r.status || 1); }
  console.log(`e2e: ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return r.stdout;
}

// 1) tools (idempotent; prints `export VAR=...` lines we read back)
const envOut = step('tools ready', 'bash', [path.join(__dirname, 'setup.sh')], { capture: true });
const env = { ...process.env };
for (const m of envOut.matchAll(/^export (\w+)="(.*)"$/gm)) if (!env[m[1]]) env[m[1]] = m[2];

// 2) build + package (the VSIX is what a user installs; the in-host suite loads the built folder)
if (!process.env.E2E_SKIP_PACKAGE) {
  step('npm run package', 'npm', ['run', '--silent', 'package']);
  env.EXT_VSIX = path.join(ROOT, 'dist', 'regiecheck.vsix');
} else {
  step('build', 'node', ['esbuild.js']);
}
env.EXT_DIR = ROOT;
env.SHOT_DIR = env.SHOT_DIR || path.join(ROOT, 'docs', 'images');
fs.mkdirSync(env.SHOT_DIR, { recursive: true });

// 3) mocha in its own process group, bounded; kill the group whatever happens
const mochaBin = require.resolve('mocha/bin/mocha.js');
const child = spawn(process.execPath, [mochaBin, '--config', 'test/e2e/.mocharc.json', ...process.argv.slice(2)],
  { cwd: ROOT, env, stdio: 'inherit', detached: true });
const killGroup = (sig) => { try { process.kill(-child.pid, sig); } catch { /* gone */ } };
const timer = setTimeout(() => { console.error(`e2e: hard limit ${HARD_LIMIT_MS} ms reached`); killGroup('SIGTERM'); setTimeout(() => killGroup('SIGKILL'), 15000).unref(); }, HARD_LIMIT_MS);
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(s, () => { killGroup('SIGKILL'); process.exit(130); });
child.on('exit', (code, signal) => {
  clearTimeout(timer);
  killGroup('SIGKILL');   // anything the mocha process left behind in its group
  process.exit(code ?? (signal ? 1 : 0));
});
