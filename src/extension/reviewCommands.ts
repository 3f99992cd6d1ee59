/**
 * "Regiecheck: Reviewkopie maken (.docx)" and "Regiecheck: Vergelijk met vorige versie".
 *
 * Review copy: for the open .md/.txt document (its current text) or a .docx (opened as extracted text, or picked in
 * the Explorer), a save dialog, then a Word copy with one comment per finding (src/review; the Word writer is the
 * lazily loaded dist/review.js). The original is never written: choosing it as the target is refused. A notification
 * says how many comments were placed and offers to show the file in its folder.
 *
 * Compare: the open document against its last committed version (the built-in git extension's API:
 * `repository.show`/`buffer` of HEAD) or a file the user picks; the comparison (src/compare) opens in a webview with
 * the report's look. Both commands take their inputs as arguments too (tests, other extensions), without dialogs.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import type { AnalysisResult } from '../core';
import type { Comparison } from '../compare';
import type { ReviewOutcome } from '../review';
import { lazyCore } from './core';
import type { AnalysisService } from './analysis';
import { currentLocale, t } from './l10n';
import { logError } from './log';
import { DOC_SCHEME, effectiveConfig, readSettings } from './settings';

export const REVIEW_COPY = 'regiecheck.reviewCopy';
export const COMPARE_PREVIOUS = 'regiecheck.compareWithPrevious';

type Kind = 'docx' | 'markdown' | 'plaintext' | 'pdf';

/** A document to review or compare: its name, kind, analysed text and result, and (for .docx) its bytes. */
interface Source { uri: vscode.Uri; name: string; kind: Kind; text: string; bytes?: Uint8Array; result: AnalysisResult; locationAt?: (offset: number) => string | undefined }

function kindOf(file: string, languageId?: string): Kind | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt' || ext === '.text') return 'plaintext';
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'plaintext';
  return undefined;
}

/** The file behind a document (the .docx behind its extracted text). */
function fileOf(uri: vscode.Uri): vscode.Uri {
  return uri.scheme === DOC_SCHEME ? vscode.Uri.file(uri.path.replace(/\.md$/, '')) : uri;
}

/** Reads and analyses bytes of a file (docx/pdf through the formats module, text as UTF-8). */
async function analyseBytes(uri: vscode.Uri, name: string, kind: Kind, bytes: Uint8Array): Promise<Source> {
  const settings = readSettings(uri);
  const { config } = effectiveConfig(uri, settings);
  const { extractDocument, locationAt } = await import('../formats');
  const doc = await extractDocument(bytes, kind, name, { maxBytes: settings.maxFileSizeKB * 1024 * 4 });
  const result = lazyCore().analyze(doc.text, { file: name, format: doc.format, config, locale: currentLocale() });
  const locate = doc.locations.length ? (o: number) => locationAt(doc, o) : undefined;
  if (locate) for (const f of result.findings) f.location ??= locate(f.start);
  return { uri, name, kind, text: doc.text, bytes, result, locationAt: locate };
}

/** The source of a command: a file argument (Explorer), else the active editor's document (its current text). */
async function currentSource(service: AnalysisService, arg?: vscode.Uri): Promise<Source | undefined> {
  if (arg instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString());
    if (!open) {
      const kind = kindOf(arg.path);
      if (!kind) return undefined;
      return analyseBytes(arg, path.basename(arg.path), kind, await vscode.workspace.fs.readFile(arg));
    }
    return sourceOfDocument(service, open);
  }
  const doc = vscode.window.activeTextEditor?.document;
  return doc ? sourceOfDocument(service, doc) : undefined;
}

async function sourceOfDocument(service: AnalysisService, doc: vscode.TextDocument): Promise<Source | undefined> {
  const file = fileOf(doc.uri);
  const kind = kindOf(file.path, doc.languageId);
  if (!kind) return undefined;
  if (doc.uri.scheme === DOC_SCHEME) {
    // The extracted view may carry a note on reader warnings; analyse the reader's own text of the file.
    return analyseBytes(file, path.basename(file.path), kind, await vscode.workspace.fs.readFile(file));
  }
  const a = service.get(doc) ?? await service.analyse(doc);
  if (!a.result) return undefined;
  return { uri: doc.uri, name: path.basename(doc.uri.path) || doc.uri.toString(), kind, text: doc.getText(), result: a.result };
}

const sameResource = (a: vscode.Uri, b: vscode.Uri): boolean =>
  a.scheme === b.scheme && (a.scheme === 'file' ? path.resolve(a.fsPath) === path.resolve(b.fsPath) : a.toString() === b.toString());

export interface ReviewCopyRun { target: vscode.Uri; outcome: ReviewOutcome }

/** The review copy command. `target` skips the save dialog. */
export async function reviewCopy(service: AnalysisService, arg?: vscode.Uri, target?: vscode.Uri): Promise<ReviewCopyRun | undefined> {
  const source = await currentSource(service, arg);
  if (!source) { void vscode.window.showInformationMessage(t('reviewNoDocument')); return undefined; }
  if (source.kind === 'pdf') { void vscode.window.showWarningMessage(t('reviewNoPdf', source.name)); return undefined; }
  const base = source.name.replace(/\.[^.]+$/, '');
  const suggested = source.uri.scheme === 'file'
    ? vscode.Uri.file(path.join(path.dirname(source.uri.fsPath), `${base}-review.docx`))
    : vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd()), `${base}-review.docx`);
  const chosen = target ?? await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Word: ['docx'] }, saveLabel: t('reviewSave'), title: t('reviewTitle') });
  if (!chosen) return undefined;
  if (sameResource(chosen, source.uri)) {
    void vscode.window.showErrorMessage(t('reviewOverOriginal', source.name));
    return undefined;
  }
  let outcome: ReviewOutcome;
  try {
    outcome = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('reviewProgress') }, () => lazyCore().makeReviewCopy({
      bytes: source.bytes, kind: source.kind as 'docx' | 'markdown' | 'plaintext', name: source.name, text: source.text,
      result: source.result, locationAt: source.locationAt,
    }, { locale: currentLocale() }));
  } catch (e) {
    if (lazyCore().isReviewError(e)) { void vscode.window.showErrorMessage(`Regiecheck: ${e.message}`); return undefined; }
    throw e;
  }
  await vscode.workspace.fs.writeFile(chosen, outcome.bytes);
  const open = t('reviewShowFolder');
  const written = outcome.unplaced.length
    ? t('reviewWrittenUnplaced', path.basename(chosen.path), outcome.placed, outcome.unplaced.length)
    : t('reviewWritten', path.basename(chosen.path), outcome.placed);
  void vscode.window.showInformationMessage(written, open).then((pick) => {
    if (pick !== open) return;
    // Desktop: the OS file manager; in the browser (code-server) the Explorer.
    return vscode.commands.executeCommand(vscode.env.uiKind === vscode.UIKind.Desktop ? 'revealFileInOS' : 'revealInExplorer', chosen)
      .then(undefined, (e: unknown) => logError('reveal review copy', e));
  });
  return { target: chosen, outcome };
}

// ---------------------------------------------------------------------------------------------------------------
// Compare

/** The parts of the built-in git extension's API (vscode.git, API version 1) that we use. */
interface GitRepository { rootUri: vscode.Uri; show(ref: string, path: string): Promise<string>; buffer?(ref: string, path: string): Promise<Uint8Array> }
interface GitApi { getRepository(uri: vscode.Uri): GitRepository | null; openRepository?(root: vscode.Uri): Promise<GitRepository | null> }

async function gitApi(): Promise<GitApi | undefined> {
  const ext = vscode.extensions.getExtension<{ enabled: boolean; getAPI(version: 1): GitApi }>('vscode.git');
  if (!ext) return undefined;
  const exports = ext.isActive ? ext.exports : await ext.activate();
  return exports?.enabled ? exports.getAPI(1) : undefined;
}

/** The committed (HEAD) bytes of a file, or undefined when it is not in a git repository (or git is off). */
export async function committedVersion(file: vscode.Uri): Promise<Uint8Array | undefined> {
  if (file.scheme !== 'file') return undefined;
  const git = await gitApi();
  if (!git) return undefined;
  let repo = git.getRepository(file);
  if (!repo && git.openRepository) repo = await git.openRepository(vscode.Uri.file(path.dirname(file.fsPath)));
  if (!repo) return undefined;
  try {
    if (repo.buffer) return await repo.buffer('HEAD', file.fsPath);
    return new TextEncoder().encode(await repo.show('HEAD', file.fsPath));
  } catch (e) {
    logError('git show HEAD', e);
    return undefined;
  }
}

export interface CompareRun { comparison: Comparison; panel: vscode.WebviewPanel; previous: string }

/**
 * The compare command. `previous` is 'HEAD' (the last committed version), a file, or absent (ask: HEAD when the
 * file is in git, or pick a file).
 */
export async function compareWithPrevious(service: AnalysisService, arg?: vscode.Uri, previous?: vscode.Uri | 'HEAD'): Promise<CompareRun | undefined> {
  const current = await currentSource(service, arg);
  if (!current) { void vscode.window.showInformationMessage(t('compareNoDocument')); return undefined; }
  const file = fileOf(current.uri);
  let choice = previous;
  if (!choice) {
    const head = file.scheme === 'file' && (await gitApi())?.getRepository(file) ? t('compareHead') : undefined;
    const pickFile = t('comparePickFile');
    const picked = head ? await vscode.window.showQuickPick([head, pickFile], { placeHolder: t('compareWhich') }) : pickFile;
    if (!picked) return undefined;
    if (picked === head) choice = 'HEAD';
    else {
      const files = await vscode.window.showOpenDialog({ canSelectMany: false, title: t('compareWhich'), defaultUri: file.scheme === 'file' ? vscode.Uri.file(path.dirname(file.fsPath)) : undefined,
        filters: { [t('compareFilter')]: ['md', 'markdown', 'txt', 'text', 'docx', 'pdf'] } });
      if (!files?.[0]) return undefined;
      choice = files[0];
    }
  }
  let before: Source;
  const name = path.basename(file.path);
  if (choice === 'HEAD') {
    const bytes = await committedVersion(file);
    if (!bytes) { void vscode.window.showWarningMessage(t('compareNoHead', name)); return undefined; }
    const kind = kindOf(file.path, 'markdown') ?? 'markdown';
    before = await analyseBytes(file, `${name} (HEAD)`, kind, bytes);
  } else {
    const kind = kindOf(choice.path);
    if (!kind) { void vscode.window.showWarningMessage(t('compareUnsupported', path.basename(choice.path))); return undefined; }
    before = await analyseBytes(choice, vscode.workspace.asRelativePath(choice), kind, await vscode.workspace.fs.readFile(choice));
  }
  const after: Source = { ...current, name: vscode.workspace.asRelativePath(current.uri.scheme === DOC_SCHEME ? file : current.uri) };
  const comparison = lazyCore().compareDrafts({ file: before.name, text: before.text, result: before.result }, { file: after.name, text: after.text, result: after.result });
  const nonce = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('base64').replace(/[+/=]/g, '');
  const panel = vscode.window.createWebviewPanel('regiecheck.compare', t('compareTitle', name), vscode.ViewColumn.Beside, { enableScripts: false, localResourceRoots: [] });
  panel.webview.html = lazyCore().renderComparison(comparison, 'html', currentLocale(), { nonce });
  return { comparison, panel, previous: before.name };
}
