'use strict';
// Runs test/suite (mocha INSIDE the extension host, real `vscode` API) through code-server's payload mode:
// the @vscode/test-electron contract without Electron. The exit code comes back through codeAutomationExit.
const assert = require('assert');
const { T } = require('./codeServer');

const EXT = process.env.EXT_DIR;
const NOISE = /socket|connection token|grace-time|Ignoring fetching|Service Worker|AgentHost|AccountPolicyGate|builtin extensions cache|^\s*$/;

describe('extension host (in-host mocha suite)', function () {
  this.timeout(T(300000));

  it('runs test/suite inside the extension host and exits 0', async () => {
    const lines = [];
    const t0 = Date.now();
    const code = await global.cs.runExtensionHostTests({
      extensionDevelopmentPath: EXT,
      extensionTestsPath: `${EXT}/test/suite/index.js`,
      env: { REGIECHECK_LOG_CONSOLE: '1', E2E_TIMEOUT_SCALE: process.env.E2E_TIMEOUT_SCALE || '1', ...(process.env.FORCE_FAIL ? { FORCE_FAIL: '1' } : {}) },
      timeoutMs: T(240000),
      shotDir: process.env.SHOT_DIR,
      log: (l) => { lines.push(l); if (!NOISE.test(l)) console.log(`      | ${l}`); },
    });
    console.log(`      in-host suite: exit ${code} after ${Date.now() - t0} ms`);
    assert.strictEqual(code, 0, lines.join('\n'));
  });
});
