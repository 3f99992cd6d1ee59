#!/usr/bin/env node
'use strict';
// The standard launcher for desktop VS Code: @vscode/test-electron downloads VS Code (from Microsoft's update
// server), starts it with this extension in development mode and runs the same in-host suite (test/suite/index.js)
// that the code-server harness runs. Needs internet on first use (the download is cached in .vscode-test/);
// it cannot run in the offline CI of this project, where test/e2e does the same job through code-server.
//
//   node test/electron/run.js                 # latest stable VS Code
//   VSCODE_VERSION=1.90.0 node test/electron/run.js
//   VSCODE_EXECUTABLE=/path/to/code node test/electron/run.js   # use an installed VS Code, no download
const fs = require('fs');
const os = require('os');
const path = require('path');
const { runTests } = require('@vscode/test-electron');
const { writeBinaryFixtures } = require('../e2e/binaryFixtures');

const ROOT = path.resolve(__dirname, '../..');

async function main() {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-electron-'));
  const fixtures = path.join(ROOT, 'test/e2e/fixtures');
  for (const f of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, f), path.join(workspace, f));
  await writeBinaryFixtures(workspace);
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'test/suite/index.js'),
      extensionTestsEnv: { REGIECHECK_LOG_CONSOLE: '1', E2E_TIMEOUT_SCALE: process.env.E2E_TIMEOUT_SCALE || '1' },
      // A fresh profile, no other extensions, no trust prompt: the same conditions as the code-server run.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`test-electron run failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
