/**
 * The review copy: a Word document with one comment per finding, anchored on exactly the flagged words, and a
 * summary comment on the title (the four key scores, the checklist items not met, the open questions of the
 * document's phase, and any finding that could not get a comment of its own, with where it is).
 *
 * This module writes the texts (from the rule metadata, the same texts as the hover and the reports) and decides
 * what goes where; the Word work (jszip, sax) is in docxWriter.ts, which esbuild emits as dist/review.js and which
 * is loaded on first use, so activating the extension does not pay for it.
 */
import { CHECKLIST_ITEMS, getRule, KEYS, openQuestions, type AnalysisResult, type Finding, type Locale } from '../core/index';
import { DOCTYPE_LABEL, FASE_LABEL, SEVERITY_LABEL, T, keyTitle, tr } from '../report/i18n';
import type * as Writer from './docxWriter';
import type { Anchor, CommentParagraph, CommentToWrite, ReviewPlan } from './docxWriter';

export type { ReviewErrorCode } from './docxWriter';

let writerModule: typeof Writer | undefined;
/** jszip + sax + the OOXML code, loaded on first use (dist/review.js in the bundles). */
export function writer(): typeof Writer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  writerModule ??= require('./docxWriter') as typeof Writer;
  return writerModule;
}

/** True for the error the writer throws (encrypted, corrupt, macro-enabled input; the code says which). */
export function isReviewError(e: unknown): e is Error & { code: Writer.ReviewErrorCode; file: string } {
  return e instanceof Error && e.name === 'ReviewError';
}

export interface ReviewInput {
  /** The original file's bytes (only read for .docx). */
  bytes?: Uint8Array;
  kind: 'docx' | 'markdown' | 'plaintext';
  /** File name for messages and the title of a generated document. */
  name: string;
  /** The analysed text: the file itself for .md/.txt, the reader's text for .docx. */
  text: string;
  result: AnalysisResult;
  /** Where each stretch of the analysed text came from ("alinea 12"), for findings without a place of their own. */
  locationAt?: (offset: number) => string | undefined;
}

export interface ReviewOptions {
  locale?: Locale;
  /** Default: now. */
  date?: Date;
  author?: string;
  initials?: string;
}

export interface ReviewOutcome {
  bytes: Uint8Array;
  /** Findings with a comment of their own. */
  placed: number;
  /** Findings that are listed in the summary instead, with their location and why. */
  unplaced: Array<{ finding: Finding; location: string; reason: 'not-found' | 'not-commentable' }>;
  /** Whether the summary comment found the title (else it sits on the first finding or is left out). */
  summary: boolean;
  /** Content characters on which the analysed text and the Word text disagreed (0 for a faithful copy). */
  alignment: { unmatchedReader: number; unmatchedWord: number };
}

export const REVIEW_AUTHOR = 'Regiecheck';
export const REVIEW_INITIALS = 'RC';

const L = {
  summaryTitle: { nl: 'Regiecheck · samenvatting', en: 'Regiecheck · summary' },
  scores: { nl: 'Scores op de vier sleutels', en: 'Scores on the four keys' },
  points: { nl: 'punten gehaald', en: 'items met' },
  notMet: { nl: 'Checklistpunten die ontbreken', en: 'Checklist items not met' },
  allMet: { nl: 'Alle checklistpunten die van toepassing zijn, zijn aanwezig.', en: 'Every applicable checklist item is met.' },
  questions: { nl: 'Open vragen voor de fase', en: 'Open questions for the phase' },
  noQuestions: { nl: 'Het document beantwoordt alle vragen van de korte checklist voor deze fase.', en: 'The document answers every question of the short checklist for this phase.' },
  unplaced: { nl: 'Bevindingen zonder eigen opmerking (de tekst staat op een plek waar Word geen opmerking toelaat)', en: 'Findings without a comment of their own (the text is where Word allows no comment)' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  commentsBelow: { nl: 'elk als opmerking bij de gevonden woorden', en: 'each as a comment on the flagged words' },
  notJudged: { nl: 'Dit document is niet beoordeeld', en: 'This document was not judged' },
  found: { nl: 'gevonden', en: 'found' },
  inNote: { nl: 'In', en: 'In' },
  footnote: { nl: 'voetnoot', en: 'footnote' },
  endnote: { nl: 'eindnoot', en: 'endnote' },
} as const;

/**
 * The comment on one finding: what, the message, why it matters, how to fix it, the book reference. `where` is
 * set for a finding in a note (the comment sits on the note's mark): it names the note and quotes the words.
 */
export function findingComment(f: Finding, locale: Locale, where?: string): CommentParagraph[] {
  const rule = getRule(f.rule);
  const head = rule ? tr(rule.title, locale) : f.rule;
  const paras: CommentParagraph[] = [
    [{ text: `Regiecheck · ${head}`, bold: true }, { text: ` (${f.rule} · ${tr(SEVERITY_LABEL[f.severity], locale)}${f.key ? ` · ${f.key}` : ''})` }],
  ];
  if (where) paras.push([{ text: `${where}: `, bold: true }, { text: `“${f.text}”` }]);
  paras.push([{ text: f.message }]);
  if (rule) {
    paras.push([{ text: `${tr(T.why, locale)}: `, bold: true }, { text: tr(rule.explanation, locale) }]);
    paras.push([{ text: `${tr(T.fix, locale)}: `, bold: true }, { text: tr(rule.fix, locale) }]);
    if (rule.book) paras.push([{ text: `${tr(T.book, locale)}: `, bold: true }, { text: rule.book }]);
  }
  return paras;
}

/** The summary comment: profile, the four scores, the items not met, the open phase questions, unplaced findings. */
export function summaryComment(r: AnalysisResult, locale: Locale, unplaced: ReviewOutcome['unplaced'], placed: number): CommentParagraph[] {
  const paras: CommentParagraph[] = [];
  const p = r.profile;
  paras.push([{ text: L.summaryTitle[locale], bold: true },
    { text: ` (${tr(DOCTYPE_LABEL[p.doctype], locale)} · ${tr(T.fase, locale).toLowerCase()}: ${tr(FASE_LABEL[p.fase], locale)})` }]);
  const notices = r.notices.filter((n) => ['not-dutch', 'too-large', 'empty'].includes(n.id));
  if (notices.length) {
    paras.push([{ text: `${L.notJudged[locale]}: `, bold: true }, { text: notices.map((n) => n.message).join(' ') }]);
    return paras;
  }
  paras.push([{ text: `${L.scores[locale]}:`, bold: true }]);
  for (const k of KEYS) {
    const items = CHECKLIST_ITEMS.filter((i) => i.key === k && r.checklist[i.id] && r.checklist[i.id].met !== null);
    const met = items.filter((i) => r.checklist[i.id].met === true).length;
    const detail = items.length ? `${met} ${tr(T.of, locale)} ${items.length} ${L.points[locale]}` : tr(T.notApplicable, locale);
    paras.push([{ text: `${keyTitle(k, locale, 'short')}: ${r.scores[k]}/100 (${detail})` }]);
  }
  const missing = CHECKLIST_ITEMS.filter((i) => r.checklist[i.id]?.met === false);
  if (missing.length) {
    paras.push([{ text: `${L.notMet[locale]} (${missing.length}):`, bold: true }]);
    for (const i of missing) paras.push([{ text: `${i.id} — ${tr(i.title, locale)}` }]);
  } else {
    paras.push([{ text: L.allMet[locale] }]);
  }
  const open = openQuestions(p.fase, r.checklist);
  paras.push([{ text: `${L.questions[locale]} "${tr(FASE_LABEL[p.fase], locale)}":`, bold: true }]);
  if (open.length) for (const q of open) paras.push([{ text: `${q.key} · ${tr(q.question, locale)}` }]);
  else paras.push([{ text: L.noQuestions[locale] }]);
  paras.push([{ text: `${L.findings[locale]}: `, bold: true }, { text: `${r.findings.length}${placed ? ` (${placed} ${L.commentsBelow[locale]})` : ''}` }]);
  if (unplaced.length) {
    paras.push([{ text: `${L.unplaced[locale]}:`, bold: true }]);
    for (const u of unplaced) {
      paras.push([{ text: `${u.location}: `, bold: true }, { text: `${u.finding.rule} — ${u.finding.message} (${L.found[locale]}: “${u.finding.text}”)` }]);
    }
  }
  return paras;
}

/** Plans the copy: the original .docx, or a new one made from the Markdown or text. */
export async function planReview(input: Pick<ReviewInput, 'bytes' | 'kind' | 'name' | 'text' | 'result'>): Promise<ReviewPlan> {
  const w = writer();
  if (input.kind === 'docx') {
    if (!input.bytes) throw new Error('review: the bytes of the .docx are needed');
    return w.planDocx(input.bytes, input.name, input.text);
  }
  const base = input.name.split(/[\\/]/).pop() ?? input.name;
  return w.planText(input.text, input.kind, input.name, base.replace(/\.[^.]+$/, ''));
}

/** Builds the review copy's bytes. Never touches the file system. */
export async function makeReviewCopy(input: ReviewInput, opts: ReviewOptions = {}): Promise<ReviewOutcome> {
  const locale = opts.locale ?? 'nl';
  const plan = await planReview(input);
  const comments: CommentToWrite[] = [];
  const unplaced: ReviewOutcome['unplaced'] = [];
  for (const f of input.result.findings) {
    const where = plan.locate(f.start, f.end);
    if ('reason' in where) {
      unplaced.push({ finding: f, reason: where.reason, location: f.location ?? input.locationAt?.(f.start) ?? `${tr(T.lineLong, locale)} ${f.line}` });
      continue;
    }
    const inNote = where.note ? f.location ?? input.locationAt?.(f.start) ?? tr(where.note === 'footnote' ? L.footnote : L.endnote, locale) : undefined;
    comments.push({ anchor: where, paragraphs: findingComment(f, locale, inNote && `${L.inNote[locale]} ${inNote}`) });
  }
  const title: Anchor | undefined = plan.title() ?? comments[0]?.anchor;
  if (title) comments.unshift({ anchor: title, paragraphs: summaryComment(input.result, locale, unplaced, comments.length) });
  const bytes = await plan.write(comments, { author: opts.author ?? REVIEW_AUTHOR, initials: opts.initials ?? REVIEW_INITIALS, date: opts.date ?? new Date() });
  return { bytes, placed: comments.length - (title ? 1 : 0), unplaced, summary: !!title, alignment: plan.alignment };
}
