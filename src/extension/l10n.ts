/**
 * Every user-facing runtime string of the extension, in one place.
 *
 * The keys are English (that is how `vscode.l10n` works: the English text is the key and the default); the Dutch
 * translations live in `l10n/bundle.l10n.nl.json`. The `regiecheck.locale` setting decides the language: `auto`
 * follows VS Code's display language through `vscode.l10n.t`, `nl`/`en` force one language (policy writers often
 * run an English VS Code but want Dutch explanations next to their Dutch text), so we look up the same bundle
 * ourselves in that case.
 */
import * as vscode from 'vscode';
import nlBundle from '../../l10n/bundle.l10n.nl.json';
import type { Locale } from '../core/types';

export const M = {
  // status bar
  statusIdle: 'Regiecheck',
  statusBusy: 'Regiecheck: analysing…',
  statusFindings: '{0} findings',
  statusNone: 'no findings',
  statusTooltip: 'Regiecheck: open the four-key sidebar',
  statusDisabled: 'Regiecheck is disabled',
  statusNotDutch: 'not a Dutch text',
  // diagnostics / hover
  relatedDefault: 'Related passage',
  hoverWhy: 'Why it matters',
  hoverFix: 'How to fix it',
  hoverBook: 'In the book',
  hoverGood: 'A better version',
  hoverDocs: 'Rule documentation',
  hoverRegieConcrete: 'Regie made concrete',
  hoverRegieName: 'Name, not a regie claim',
  hoverRegieOther: 'Regie in another sense',
  hoverActor: 'Who',
  hoverKind: 'Kind of regie',
  hoverMeans: 'Means',
  hoverDeliverable: 'Deliverable',
  hoverNothingFound: 'not found nearby',
  // code actions
  actionDisableParagraph: 'Disable {0} for this paragraph',
  actionDisableDocument: 'Disable {0} for the whole document',
  actionHide: 'Hide this finding ({0})',
  actionAllow: 'Allow the phrase "{0}" in this workspace',
  actionOpenDoc: 'Show documentation for {0}',
  // commands and messages
  noDocument: 'Open a Markdown or text document to analyse it.',
  noWorkspace: 'Open a folder first: hidden findings and allowed phrases are stored in its .regiecheck.json.',
  configWritten: 'Saved in {0}.',
  configInvalid: '{0} is not valid JSON; fix it first.',
  hiddenReset: 'Removed {0} hidden findings from {1}.',
  nothingHidden: 'There are no hidden findings.',
  pickRule: 'Which rule?',
  enabled: 'Regiecheck is enabled.',
  disabled: 'Regiecheck is disabled.',
  analysed: 'Regiecheck: {0} findings in {1}.',
  analyseFailed: 'Regiecheck could not analyse {0}: {1}',
  folderPick: 'Analyse which folder?',
  folderProgress: 'Regiecheck: analysing folder…',
  folderDone: 'Regiecheck: {0} documents analysed, {1} findings.',
  tooLarge: 'The document is larger than {0} KB (regiecheck.maxFileSizeKB) and was not analysed.',
  configErrors: 'Regiecheck configuration problem in {0}: {1}',
  readOnlyDoc: 'This is a read-only text extracted from {0}.',
  // review copy and draft comparison
  reviewNoDocument: 'Open a Markdown, text or Word document to make a review copy.',
  reviewNoPdf: 'Regiecheck makes no review copy of a PDF ({0}): a PDF cannot carry Word comments. Use the Word file or the text.',
  reviewSave: 'Save review copy',
  reviewTitle: 'Regiecheck: save the review copy (.docx)',
  reviewOverOriginal: 'That is the original ({0}); Regiecheck never writes over it. Choose another name for the review copy.',
  reviewProgress: 'Regiecheck: making the review copy…',
  reviewWritten: 'Review copy {0} saved: {1} comments on findings and a summary on the title.',
  reviewWrittenUnplaced: 'Review copy {0} saved: {1} comments on findings and a summary on the title; {2} findings without a place of their own are listed in the summary.',
  reviewShowFolder: 'Show in folder',
  compareNoDocument: 'Open a Markdown, text or Word document to compare it with a previous version.',
  compareHead: 'Last committed version (git HEAD)',
  comparePickFile: 'Pick a file…',
  compareWhich: 'Compare with which version?',
  compareFilter: 'Documents',
  compareNoHead: '{0} has no committed version in git (or git is off). Pick a file to compare with.',
  compareUnsupported: '{0}: Regiecheck reads .md, .txt, .docx and .pdf.',
  compareTitle: 'Regiecheck: {0} compared',
  // sidebar
  sbEmptyTitle: 'No document',
  sbEmptyText: 'Open a Dutch policy text (Markdown, text, .docx or .pdf) to see the four keys.',
  sbNotDutchTitle: 'Not a Dutch text',
  sbNotDutchText: 'Regiecheck reads Dutch policy texts; this document does not look Dutch.',
  sbDisabled: 'Regiecheck is disabled for this document.',
  sbScores: 'The four keys',
  sbChecklist: 'Checklist',
  sbProfile: 'Profile',
  sbOpenQuestions: 'Open questions for the phase "{0}"',
  sbNoOpenQuestions: 'The document answers every question of this phase.',
  sbRules: 'Findings per rule',
  sbNoFindings: 'No findings.',
  sbMet: 'met',
  sbNotMet: 'not met',
  sbNotApplicable: 'n/a',
  sbEvidence: 'Go to the evidence',
  sbWords: '{0} words',
  sbDoctype: 'Document type',
  sbFase: 'Phase',
  sbCoalitietype: 'Coalition type',
  sbRegierol: 'Regie role',
  sbRegiedichtheid: 'Regie density (per 1,000 words)',
  sbChartLabel: 'Scores of the four keys, 0 to 100',
  sbOpenReport: 'Report',
  sbReanalyse: 'Analyse again',
} as const;

export type MessageKey = keyof typeof M;

let forced: Locale | undefined;

/** Called when `regiecheck.locale` changes: undefined = follow VS Code (`auto`). */
export function setLocale(locale: Locale | undefined): void {
  forced = locale;
}

/** The language for core messages, rule texts and our own strings. */
export function currentLocale(): Locale {
  if (forced) return forced;
  return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (all, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : all));
}

/** Translates one of the messages above. */
export function t(key: MessageKey, ...args: (string | number)[]): string {
  const message = M[key];
  if (!forced) return vscode.l10n.t(message, ...args);
  const bundle = nlBundle as Record<string, string>;
  return format(forced === 'nl' ? bundle[message] ?? message : message, args);
}

/** Picks the language of a core `{nl, en}` text. */
export function pick(text: { nl: string; en: string } | undefined): string {
  if (!text) return '';
  return currentLocale() === 'nl' ? text.nl : text.en;
}
