'use strict';
// Mocha runner loaded INSIDE the extension host, in the standard @vscode/test-electron shape: VS Code requires this
// file and calls run(); a rejected promise = failed run (exit code 1). Used by test/e2e (code-server payload) and
// by test/electron/run.js (desktop VS Code). The tests are plain JS so they need no compile step.
const path = require('path');
const Mocha = require('mocha');

const T = (ms) => ms * (Number(process.env.E2E_TIMEOUT_SCALE) || 1);

exports.run = () => new Promise((resolve, reject) => {
  const mocha = new Mocha({ ui: 'bdd', timeout: T(60000), color: false, reporter: 'spec' });
  for (const f of ['diagnostics.test.js', 'hover.test.js', 'codeActions.test.js', 'sidebar.test.js', 'commands.test.js', 'documents.test.js']) {
    mocha.addFile(path.join(__dirname, f));
  }
  if (process.env.FORCE_FAIL) mocha.addFile(path.join(__dirname, 'forceFail.test.js'));
  try {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} tests failed`)) : resolve()));
  } catch (e) {
    reject(e);
  }
});
