'use strict';
// Runs test/suite (mocha INSIDE the extension host, real `vscode` API) through code-server's payload mode:
// the @vscode/test-electron contract without Electron. The exit code comes back through codeAutomationExit;
// the per-test outcomes come back as a JSON file and become one outer test each, so the closing line counts them.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');
const { T } = require('./codeServer');

const EXT = process.env.EXT_DIR;
const NOISE = /socket|connection token|grace-time|Ignoring fetching|Service Worker|AgentHost|AccountPolicyGate|builtin extensions cache|^\s*$/;

describe('extension host (in-host mocha suite)', function () {
  this.timeout(T(300000));
  let code;
  let lines = [];

  before(async function () {
    const resultsFile = path.join(global.cs.root, 'in-host-results.json');
    const t0 = Date.now();
    code = await global.cs.runExtensionHostTests({
      extensionDevelopmentPath: EXT,
      extensionTestsPath: `${EXT}/test/suite/index.js`,
      env: { REGIECHECK_LOG_CONSOLE: '1', REGIECHECK_RESULTS: resultsFile, E2E_TIMEOUT_SCALE: process.env.E2E_TIMEOUT_SCALE || '1',
        ...(process.env.FORCE_FAIL ? { FORCE_FAIL: '1' } : {}) },
      timeoutMs: T(240000),
      shotDir: process.env.SHOT_DIR,
      log: (l) => { lines.push(l); if (!NOISE.test(l)) console.log(`      | ${l}`); },
    });
    console.log(`      in-host suite: exit ${code} after ${Date.now() - t0} ms`);
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : [];
    for (const r of results) {
      this.test.parent.addTest(new Mocha.Test(`[in host] ${r.title}`, () => { if (r.error) throw new Error(r.error); }));
    }
  });

  it('runs test/suite inside the extension host and exits 0', () => {
    assert.strictEqual(code, 0, lines.join('\n'));
    lines = [];
  });
});
