/**
 * The four-key sidebar: a WebviewViewProvider in its own activity-bar container. It follows the active editor,
 * gets a new view model after every analysis, and turns clicks on evidence into a selection in the text.
 * Security: strict CSP with a nonce, only our own script and stylesheet, no inline script, and the webview
 * renders document text with textContent only.
 */
import * as vscode from 'vscode';
import type { FromWebview, ToWebview, ViewModel } from '../webview/protocol';
import type { AnalysisService } from './analysis';
import { guard } from './log';
import { buildModel, emptyModel } from './sidebarModel';
import { openRuleDoc } from './ruleDocs';

/** 16 random bytes as base64, from Web Crypto (no `crypto` module load at activation). */
const randomBase64 = (): string => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64');

export class SidebarProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = 'regiecheck.sidebar';
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private lastModel: ViewModel | undefined;
  /** The text document the sidebar shows (the last active supported editor). */
  private current: vscode.TextDocument | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly resolvedEmitter = new vscode.EventEmitter<void>();
  /** For tests: fires when the view has been resolved. */
  readonly onDidResolve = this.resolvedEmitter.event;

  constructor(private readonly extensionUri: vscode.Uri, private readonly service: AnalysisService,
    private readonly run: (command: 'analyse' | 'report') => Thenable<unknown>) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(guard('sidebar.editor', (e?: vscode.TextEditor) => this.follow(e?.document))),
      service.onDidAnalyze(guard('sidebar.analysis', (a) => {
        if (this.current && a.uri.toString() === this.current.uri.toString()) this.render();
      })),
      vscode.workspace.onDidCloseTextDocument(guard('sidebar.close', (d: vscode.TextDocument) => {
        if (this.current === d) this.follow(undefined);
      })),
    );
    this.follow(vscode.window.activeTextEditor?.document);
  }

  get isResolved(): boolean { return !!this.view; }
  /** The model last sent to the webview (used by tests and the status bar). */
  get model(): ViewModel | undefined { return this.lastModel; }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    view.webview.options = { enableScripts: true, localResourceRoots: [media, dist] };
    view.webview.html = this.html(view.webview);
    view.webview.onDidReceiveMessage(guard('sidebar.message', (m: FromWebview) => this.onMessage(m)), undefined, this.disposables);
    view.onDidChangeVisibility(guard('sidebar.visible', () => { if (view.visible) this.render(); }), undefined, this.disposables);
    view.onDidDispose(() => { this.view = undefined; this.ready = false; }, undefined, this.disposables);
    this.resolvedEmitter.fire();
  }

  /** Show the given document (or keep the last one when the new editor is not a supported text). */
  private follow(doc: vscode.TextDocument | undefined): void {
    if (doc && !this.service.isSupported(doc)) return;   // e.g. the Output panel or settings.json: keep showing the last
    this.current = doc;
    if (doc && !this.service.get(doc)) void this.service.analyse(doc);
    else this.render();
  }

  private render(): void {
    const doc = this.current && !this.current.isClosed ? this.current : undefined;
    this.lastModel = doc ? buildModel(this.service.get(doc), vscode.workspace.asRelativePath(doc.uri)) : emptyModel('empty');
    if (this.view && this.ready) void this.view.webview.postMessage({ type: 'model', model: this.lastModel } satisfies ToWebview);
  }

  private async onMessage(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.render();
        return;
      case 'reveal': {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === m.uri);
        if (!doc) return;
        const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, preview: false });
        const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
      case 'command':
        if (m.command === 'ruleDoc' && m.arg) await openRuleDoc(m.arg);
        else if (m.command === 'analyse' || m.command === 'report') await this.run(m.command);
        return;
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBase64();
    const css = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'sidebar.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'sidebar.js'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource} data:`,
      `script-src 'nonce-${nonce}'`, `font-src ${webview.cspSource}`].join('; ');
    return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css.toString()}">
<title>Regiecheck</title>
</head>
<body>
<main id="root" aria-live="polite"></main>
<script nonce="${nonce}" src="${js.toString()}"></script>
</body>
</html>`;
  }

  /** Reveal the view (command and status-bar click). */
  async show(): Promise<void> {
    await vscode.commands.executeCommand(`${SidebarProvider.viewType}.focus`);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.resolvedEmitter.dispose();
  }
}
