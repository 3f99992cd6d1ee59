'use strict';
// One code-server (= VS Code 1.139 server + web workbench) and one headless Debian Chromium per mocha run.
// Follows the proven recipe in guide/e2e.md: own process group, fresh user-data/extensions/XDG dirs, no gallery,
// smoke-test driver (window.driver + ?payload= for in-host tests), bounded waits scaled by E2E_TIMEOUT_SCALE.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const http = require('http');
const util = require('util');
const { chromium } = require('playwright-core');

const T = (ms) => ms * (Number(process.env.E2E_TIMEOUT_SCALE) || 1);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'];
const SETTINGS = {
  'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true, 'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'security.workspace.trust.enabled': false,
  'git.enabled': false, 'github.gitAuthentication': false, 'remote.autoForwardPorts': false, 'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'window.restoreWindows': 'none', 'files.hotExit': 'off',
  'workbench.reduceMotion': 'on', 'editor.hover.delay': 300, 'workbench.colorTheme': 'Default Dark Modern',
};

/** Every process group we start, killed on exit, on signals and by the watchdog (SIGKILL cannot be caught). */
const groups = new Set();
const killAll = () => { for (const g of groups) { try { process.kill(-g, 'SIGKILL'); } catch { /* gone */ } } groups.clear(); };
process.once('exit', killAll);
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(s, () => { killAll(); process.exit(130); });

const freePort = () => new Promise((res, rej) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  s.on('error', rej);
});
const delay = (ms) => new Promise((r) => setTimeout(r, ms));
const httpOk = (url) => new Promise((r) => http.get(url, (x) => { x.resume(); r(x.statusCode < 500); }).on('error', () => r(false)));

class CodeServer {
  constructor() {
    this.entry = process.env.CODE_SERVER_ENTRY;
    this.node = process.env.CODE_SERVER_NODE;
    if (!this.entry || !this.node) throw new Error('set CODE_SERVER_ENTRY and CODE_SERVER_NODE (npm run e2e:setup prints them)');
    // Short path in /tmp: code-server's IPC socket path must stay under ~108 bytes.
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-e2e-'));
    for (const d of ['ud/User', 'ext', 'ws', 'ws-host', 'xdg/config', 'xdg/data', 'xdg/cache', 'chrome']) fs.mkdirSync(path.join(this.root, d), { recursive: true });
    fs.writeFileSync(path.join(this.root, 'ud/User/settings.json'), JSON.stringify(SETTINGS, null, 2));
    fs.writeFileSync(path.join(this.root, 'config.yaml'), 'auth: none\ncert: false\n');
    this.env = { ...process.env, XDG_CONFIG_HOME: path.join(this.root, 'xdg/config'), XDG_DATA_HOME: path.join(this.root, 'xdg/data'),
      XDG_CACHE_HOME: path.join(this.root, 'xdg/cache'), EXTENSIONS_GALLERY: '{}' };
    this.common = ['--config', path.join(this.root, 'config.yaml'), '--user-data-dir', path.join(this.root, 'ud'), '--extensions-dir', path.join(this.root, 'ext')];
    this.workspace = path.join(this.root, 'ws');
    this.hostWorkspace = path.join(this.root, 'ws-host');
  }

  logFile() { return path.join(this.root, 'code-server.log'); }

  installVsix(vsix) {
    return new Promise((res, rej) => {
      const p = spawn(this.node, [this.entry, ...this.common, '--install-extension', vsix, '--force'], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      groups.add(p.pid);
      let out = '';
      p.stdout.on('data', (d) => (out += d)); p.stderr.on('data', (d) => (out += d));
      const timer = setTimeout(() => { try { process.kill(-p.pid, 'SIGKILL'); } catch { /* gone */ } }, T(120000));
      p.on('exit', (c) => { clearTimeout(timer); groups.delete(p.pid); c === 0 ? res(out) : rej(new Error(`--install-extension exited ${c}: ${out}`)); });
    });
  }

  /** Start the server; retried with a fresh port (launch steps only are retried, see guide rule 5). */
  async start(attempts = 3) {
    let last;
    for (let i = 1; i <= attempts; i++) {
      try { await this.startOnce(); return; } catch (e) { last = e; console.error(`code-server start ${i}/${attempts} failed: ${e.message}`); await this.stop(); }
    }
    throw last;
  }

  async startOnce() {
    this.port = await freePort();
    this.url = `http://127.0.0.1:${this.port}`;
    const log = fs.openSync(this.logFile(), 'a');
    this.proc = spawn(this.node, [this.entry, ...this.common, '--bind-addr', `127.0.0.1:${this.port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--ignore-last-opened', '--reconnection-grace-time', '10', '--vscode-option', 'enable-smoke-test-driver', this.workspace],
    { env: this.env, stdio: ['ignore', log, log], detached: true });
    fs.closeSync(log);
    this.pid = this.proc.pid;
    groups.add(this.pid);
    let exited = null;
    this.proc.once('exit', (c) => { exited = c; });
    for (const end = Date.now() + T(60000); Date.now() < end; await delay(100)) {
      if (exited !== null) throw new Error(`code-server exited ${exited}: ${fs.readFileSync(this.logFile(), 'utf8').slice(-2000)}`);
      if (await httpOk(`${this.url}/healthz`)) return;
    }
    throw new Error(`code-server did not answer ${this.url}/healthz within ${T(60000)} ms`);
  }

  async stop() {
    if (!this.pid) return;
    const pid = this.pid;
    this.pid = undefined;
    try { process.kill(-pid, 'SIGTERM'); } catch { /* gone */ }
    for (const end = Date.now() + 5000; Date.now() < end; await delay(100)) { try { process.kill(pid, 0); } catch { break; } }
    try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
    groups.delete(pid);
  }

  cleanup() { if (!process.env.KEEP_E2E_DIR) fs.rmSync(this.root, { recursive: true, force: true }); }

  workbenchUrl(dev, folder = this.workspace) {
    let u = `${this.url}/?folder=${encodeURIComponent(folder)}`;
    if (dev) {
      const host = `127.0.0.1:${this.port}`;
      const payload = [['extensionDevelopmentPath', `vscode-remote://${host}${dev.extensionDevelopmentPath}`]];
      if (dev.extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${host}${dev.extensionTestsPath}`]);
      if (dev.env) payload.push(['extensionEnvironment', JSON.stringify(dev.env)]);
      u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    }
    return u;
  }

  async launchBrowser() {
    this.ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(this.root, 'chrome/')), {
      executablePath: CHROMIUM, headless: true, args: CHROME_ARGS, viewport: { width: 1400, height: 900 } });
    this.ctx.setDefaultTimeout(T(30000));
    this.blocked = [];
    // Nothing leaves the machine: anything but 127.0.0.1/localhost is aborted and recorded (a test asserts none).
    await this.ctx.route('**/*', (route) => {
      const h = new URL(route.request().url()).hostname;
      if (h === '127.0.0.1' || h === 'localhost' || h.endsWith('.localhost')) return route.continue();
      this.blocked.push(route.request().url());
      return route.abort();
    });
    const pid = this.ctx.browser()?.process?.()?.pid;
    if (pid) this.browserPid = pid;
  }

  newPage() { return this.ctx.newPage(); }
  async closeBrowser() { if (this.ctx) await this.ctx.close().catch(() => {}); this.ctx = undefined; }

  /** Open the workbench (a fresh page per try), wait until it is restored. Retried, with a screenshot per failure. */
  async openWorkbench(url, { attempts = 2, shotDir } = {}) {
    let last;
    for (let i = 1; i <= attempts; i++) {
      const page = await this.newPage();
      try {
        await page.goto(url);
        await page.waitForFunction(() => !!globalThis.driver, null, { timeout: T(60000) });
        await page.evaluate(() => globalThis.driver.whenWorkbenchRestored());
        return page;
      } catch (e) {
        last = e;
        if (shotDir) await page.screenshot({ path: path.join(shotDir, `workbench-open-failed-${i}.png`) }).catch(() => {});
        await page.close().catch(() => {});
      }
    }
    throw last;
  }

  /** Mocha INSIDE the extension host (the @vscode/test-electron contract); resolves to the exit code. */
  async runExtensionHostTests({ extensionDevelopmentPath, extensionTestsPath, env, timeoutMs = T(180000), log = console.log, shotDir }) {
    const page = await this.newPage();
    let done;
    const exited = new Promise((r) => (done = r));
    await page.exposeFunction('codeAutomationLog', (_t, args) => log(util.format(...(Array.isArray(args) ? args : [args]))));
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    await page.goto(this.workbenchUrl({ extensionDevelopmentPath, extensionTestsPath, env }, this.hostWorkspace));
    let timer;
    const code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)))]);
    clearTimeout(timer);
    if (code !== 0 && shotDir) await page.screenshot({ path: path.join(shotDir, 'exthost-failed.png') }).catch(() => {});
    await page.close().catch(() => {});
    return code;
  }
}

module.exports = { CodeServer, T, killAll, groups };
