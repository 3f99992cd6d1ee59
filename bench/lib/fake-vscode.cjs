// A minimal stand-in for the `vscode` module, enough for an extension's activate() to run outside VS Code.
// Every unknown property is a callable, constructible stub that returns another stub; a few values that code
// branches on are given real shapes (no open editors, no workspace folders, configuration returns defaults).
'use strict';

function stub(name) {
  const fn = function () { return stub(`${name}()`); };
  return new Proxy(fn, {
    get(target, prop) {
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.toPrimitive) return () => `[stub ${name}]`;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'toString' || prop === 'toJSON') return () => `[stub ${name}]`;
      if (prop === 'dispose') return () => undefined;
      if (prop === 'length') return 0;
      if (prop in target) return target[prop];
      const child = stub(`${name}.${String(prop)}`);
      target[prop] = child;
      return child;
    },
    apply() { return stub(`${name}()`); },
    construct() { return stub(`new ${name}`); },
  });
}

const disposable = () => ({ dispose() {} });
const event = () => () => disposable();

class EventEmitter {
  constructor() { this.listeners = []; this.event = (l) => { this.listeners.push(l); return disposable(); }; }
  fire(v) { for (const l of this.listeners) l(v); }
  dispose() { this.listeners = []; }
}
class Disposable { constructor(fn) { this.fn = fn; } dispose() { if (this.fn) this.fn(); } static from(...d) { return new Disposable(() => d.forEach((x) => x.dispose())); } }
class Position { constructor(line, character) { this.line = line; this.character = character; } }
class Range { constructor(a, b, c, d) { if (typeof a === 'number') { this.start = new Position(a, b); this.end = new Position(c, d); } else { this.start = a; this.end = b; } } }
class Selection extends Range {}
class Diagnostic { constructor(range, message, severity) { this.range = range; this.message = message; this.severity = severity; } }
class Uri {
  constructor(scheme, path) { this.scheme = scheme; this.path = path; this.fsPath = path; }
  static file(p) { return new Uri('file', p); }
  static parse(s) { return new Uri(s.split(':')[0], s); }
  static joinPath(base, ...parts) { return new Uri(base.scheme, [base.path, ...parts].join('/')); }
  with() { return this; }
  toString() { return `${this.scheme}://${this.path}`; }
}

const configuration = { get: (_k, d) => d, has: () => false, inspect: () => undefined, update: async () => undefined };
const collection = () => ({ set() {}, delete() {}, clear() {}, dispose() {}, get: () => undefined, forEach() {}, has: () => false, name: 'regiecheck' });

const base = {
  EventEmitter, Disposable, Position, Range, Selection, Diagnostic, Uri,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  ViewColumn: { Active: -1, Beside: -2, One: 1, Two: 2 },
  ConfigurationTarget: { Global: 1, Workspace: 2, WorkspaceFolder: 3 },
  CodeActionKind: { QuickFix: { value: 'quickfix', append() { return this; } }, Empty: { append() { return this; } } },
  TreeItemCollapsibleState: { None: 0, Collapsed: 1, Expanded: 2 },
  ProgressLocation: { Notification: 15, Window: 10, SourceControl: 1 },
  env: { language: 'nl', appName: 'fake', uiKind: 1 },
  version: '1.90.0',
  l10n: { t: (s, ...a) => (typeof s === 'string' ? s.replace(/\{(\d+)\}/g, (_, i) => String(a[i])) : s.message), bundle: undefined, uri: undefined },
  languages: {
    createDiagnosticCollection: collection,
    registerCodeActionsProvider: disposable, registerHoverProvider: disposable, registerCodeLensProvider: disposable,
    onDidChangeDiagnostics: event(), getDiagnostics: () => [], match: () => 0,
  },
  workspace: {
    getConfiguration: () => configuration,
    onDidChangeConfiguration: event(), onDidOpenTextDocument: event(), onDidCloseTextDocument: event(),
    onDidChangeTextDocument: event(), onDidSaveTextDocument: event(), onDidChangeWorkspaceFolders: event(),
    textDocuments: [], workspaceFolders: undefined, isTrusted: true,
    registerTextDocumentContentProvider: disposable, registerFileSystemProvider: disposable,
    createFileSystemWatcher: () => ({ onDidChange: event(), onDidCreate: event(), onDidDelete: event(), dispose() {} }),
    fs: stub('workspace.fs'),
    findFiles: async () => [],
  },
  window: {
    activeTextEditor: undefined, visibleTextEditors: [],
    onDidChangeActiveTextEditor: event(), onDidChangeVisibleTextEditors: event(), onDidChangeTextEditorSelection: event(),
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {}, text: '', tooltip: '', command: undefined }),
    createOutputChannel: () => ({ appendLine() {}, append() {}, show() {}, clear() {}, dispose() {}, info() {}, warn() {}, error() {}, debug() {}, trace() {} }),
    registerWebviewViewProvider: disposable, registerCustomEditorProvider: disposable, registerTreeDataProvider: disposable,
    createTreeView: () => ({ dispose() {}, onDidChangeVisibility: event(), reveal: async () => undefined }),
    showInformationMessage: async () => undefined, showWarningMessage: async () => undefined, showErrorMessage: async () => undefined,
    withProgress: async (_o, task) => task({ report() {} }, { isCancellationRequested: false, onCancellationRequested: event() }),
  },
  commands: { registerCommand: disposable, registerTextEditorCommand: disposable, executeCommand: async () => undefined, getCommands: async () => [] },
};

function withStubs(obj, name) {
  return new Proxy(obj, {
    get(target, prop) {
      if (prop in target) return target[prop];
      if (typeof prop === 'symbol' || prop === 'then' || prop === '__esModule') return undefined;
      const s = stub(`${name}.${prop}`);
      target[prop] = s;
      return s;
    },
  });
}
for (const ns of ['languages', 'workspace', 'window', 'commands', 'env', 'l10n']) base[ns] = withStubs(base[ns], ns);

module.exports = new Proxy(base, {
  get(target, prop) {
    if (prop in target) return target[prop];
    if (prop === '__esModule') return false;
    const s = stub(String(prop));
    target[prop] = s;
    return s;
  },
});
