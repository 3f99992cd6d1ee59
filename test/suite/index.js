'use strict';
// Mocha runner loaded INSIDE the extension host, in the standard @vscode/test-electron shape: VS Code requires this
// file and calls run(); a rejected promise = failed run (exit code 1). Used by test/e2e (code-server payload) and
// by test/electron/run.js (desktop VS Code). The tests are plain JS so they need no compile step.
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

const T = (ms) => ms * (Number(process.env.E2E_TIMEOUT_SCALE) || 1);

exports.run = () => new Promise((resolve, reject) => {
  const mocha = new Mocha({ ui: 'bdd', timeout: T(60000), color: false, reporter: 'spec' });
  for (const f of ['diagnostics.test.js', 'hover.test.js', 'codeActions.test.js', 'sidebar.test.js', 'commands.test.js', 'documents.test.js', 'review.test.js']) {
    mocha.addFile(path.join(__dirname, f));
  }
  if (process.env.FORCE_FAIL) mocha.addFile(path.join(__dirname, 'forceFail.test.js'));
  // With REGIECHECK_RESULTS set (by test/e2e), each test's outcome is also written as JSON, so the outer run can
  // count the in-host tests one by one in its closing line.
  const results = [];
  const write = () => { if (process.env.REGIECHECK_RESULTS) fs.writeFileSync(process.env.REGIECHECK_RESULTS, JSON.stringify(results, null, 2)); };
  try {
    const runner = mocha.run((failures) => { write(); return failures ? reject(new Error(`${failures} tests failed`)) : resolve(); });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), ms: t.duration }));
    runner.on('fail', (t, err) => results.push({ title: t.fullTitle(), error: String((err && err.stack) || err) }));
  } catch (e) {
    write();
    reject(e);
  }
});
