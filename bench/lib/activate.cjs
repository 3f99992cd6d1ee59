// Activation-time PROXY: loads dist/extension.js in plain Node with a fake `vscode` module and times
// require + activate(). It is not VS Code's real activation (no extension host, no real API objects), but it
// measures what our code costs: parsing the bundle, module initialisation and the work done in activate().
// Prints one JSON line: { requireMs, activateMs, totalMs, ok, error? }.
'use strict';
const { performance } = require('node:perf_hooks');
const Module = require('node:module');
const path = require('node:path');
const fake = require('./fake-vscode.cjs');
const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return fake;
  return origLoad.call(this, request, parent, isMain);
};
const bundle = path.resolve(process.argv[2]);
const context = {
  subscriptions: [],
  extensionPath: path.dirname(path.dirname(bundle)),
  extensionUri: fake.Uri.file(path.dirname(path.dirname(bundle))),
  globalState: { get: (_k, d) => d, update: async () => undefined, keys: () => [], setKeysForSync() {} },
  workspaceState: { get: (_k, d) => d, update: async () => undefined, keys: () => [] },
  globalStorageUri: fake.Uri.file('/tmp/regiecheck-bench-storage'),
  storageUri: undefined,
  logUri: fake.Uri.file('/tmp/regiecheck-bench-log'),
  extensionMode: 3,
  asAbsolutePath: (p) => path.join(path.dirname(path.dirname(bundle)), p),
  secrets: { get: async () => undefined, store: async () => undefined, delete: async () => undefined, onDidChange: () => ({ dispose() {} }) },
  environmentVariableCollection: { replace() {}, append() {}, prepend() {}, get() {}, forEach() {}, delete() {}, clear() {} },
  extension: { id: 'regiecheck.regiecheck', packageJSON: require(path.join(path.dirname(path.dirname(bundle)), 'package.json')) },
};
(async () => {
  const t0 = performance.now();
  let out;
  try {
    const ext = require(bundle);
    const t1 = performance.now();
    if (typeof ext.activate !== 'function') throw new Error('dist/extension.js exports no activate()');
    await ext.activate(context);
    const t2 = performance.now();
    out = { ok: true, requireMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, subscriptions: context.subscriptions.length };
  } catch (e) {
    out = { ok: false, error: String(e && e.stack ? e.stack.split('\n').slice(0, 3).join(' | ') : e), totalMs: performance.now() - t0 };
  }
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
})();
