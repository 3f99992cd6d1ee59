'use strict';
// Root hooks: one code-server and one Chromium for the whole run; fixtures copied into fresh workspace folders.
const fs = require('fs');
const path = require('path');
const { CodeServer, T, killAll } = require('./codeServer');
const { writeBinaryFixtures } = require('./binaryFixtures');

const FIXTURES = path.join(__dirname, 'fixtures');

// Whole-run watchdog: a hang anywhere (server, browser, mocha) ends the run with every process group killed.
const watchdog = setTimeout(() => { console.error('E2E WATCHDOG: run exceeded its time limit'); killAll(); process.exit(124); }, T(Number(process.env.E2E_WATCHDOG_MS) || 900000));
watchdog.unref();

exports.mochaHooks = {
  async beforeAll() {
    this.timeout(T(300000));
    const cs = new CodeServer();
    for (const f of fs.readdirSync(FIXTURES)) {
      fs.copyFileSync(path.join(FIXTURES, f), path.join(cs.workspace, f));
      fs.copyFileSync(path.join(FIXTURES, f), path.join(cs.hostWorkspace, f));
    }
    await writeBinaryFixtures(cs.hostWorkspace);
    await writeBinaryFixtures(cs.workspace);
    if (process.env.EXT_VSIX) {
      const t0 = Date.now();
      await cs.installVsix(process.env.EXT_VSIX);
      console.log(`      installed ${path.basename(process.env.EXT_VSIX)} in ${Date.now() - t0} ms`);
    }
    await cs.start();
    await cs.launchBrowser();
    global.cs = cs;
  },
  async afterAll() {
    this.timeout(T(60000));
    const cs = global.cs;
    if (!cs) return;
    await cs.closeBrowser();
    await cs.stop();
    if (process.exitCode && process.env.CI) console.error(fs.readFileSync(cs.logFile(), 'utf8').slice(-3000));
    cs.cleanup();
  },
};
