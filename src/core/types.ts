/**
 * Public types of the Regiecheck core. The shapes of AnalysisResult, Finding, ChecklistResult and
 * Profile follow ../shared/spec/checklist.md (the contract); ids are a public interface.
 * Nothing in src/core may import 'vscode' or Node's fs/net: the core sees text and config only.
 */

/** Finding severity. `info` and `hint` never fail a CLI run unless `--fail-on` says so. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The four keys of the book; `null` for rules that belong to no key. */
export type KeyId = 'K1' | 'K2' | 'K3' | 'K4';
export const KEYS: readonly KeyId[] = ['K1', 'K2', 'K3', 'K4'];

export type Locale = 'nl' | 'en';
/** A user-facing text in Dutch (first) and English. */
export interface Localized { nl: string; en: string }

/** Source format of the analysed text. docx/pdf are extracted to Markdown first. */
export type TextFormat = 'markdown' | 'plaintext';

/** A half-open UTF-16 range [start, end) into the original text. */
export interface Span { start: number; end: number }

/** A quoted piece of text that shows a checklist item or profile decision. */
export interface Evidence extends Span {
  /** 1-based line of `start`. */
  line: number;
  /** The quoted words, whitespace collapsed. */
  text: string;
  /** Where the span comes from in a converted document (e.g. "p. 3" or "alinea 12"). */
  location?: string;
}

export interface TextEdit extends Span { text: string }

export interface FixSuggestion {
  /** Short title shown in the quick-fix menu. */
  title: string;
  edits: TextEdit[];
  /** The single safe fix for this finding. */
  preferred?: boolean;
}

export interface RelatedSpan extends Span { line: number; message: string }

export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 code units) of start. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  key: KeyId | null;
  /** The matched words. */
  text: string;
  /** Position-independent identity (rule + sentence + match) for "hide this finding". */
  fingerprint: string;
  related?: RelatedSpan[];
  fixes?: FixSuggestion[];
  location?: string;
}

export interface ChecklistResult {
  /** true = met, false = not met, null = not applicable. */
  met: boolean | null;
  evidence: Evidence[];
  /** Optional short explanation of the decision (which cue decided). */
  why?: string;
}

export type Doctype = 'convenant' | 'nota' | 'raadsvoorstel' | 'akkoord' | 'programma' | 'regeling' | 'overig';
export type Fase = 'zoeken' | 'formeren' | 'contracteren' | 'uitvoering';
export type Coalitietype = 'op_orde_brengen' | 'herinrichten' | 'vernieuwen' | 'heruitvinden';
export type Regierol = 'procesregie' | 'ordeningsregie' | 'uitvoeringsregie' | 'geen';

export interface Profile {
  doctype: Doctype;
  fase: Fase;
  coalitietype: Coalitietype;
  regierol: Regierol;
  /** Regie-family words per 1,000 words, one decimal. */
  regiedichtheid: number;
  /** Per field, the cues that decided it (evidence spans). */
  cues: Partial<Record<'doctype' | 'fase' | 'coalitietype' | 'regierol', Evidence[]>>;
}

export type Scores = Record<KeyId, number>;

export interface Notice {
  /** Stable id, e.g. "not-dutch", "too-large", "empty". */
  id: string;
  message: string;
}

/** How a regie-family word was read (guide/judgement.md §5). Only `hol` claims are findings. */
export type RegieClass = 'hol' | 'gevuld' | 'naam' | 'anders';

export interface RegieMention extends Span {
  line: number;
  word: string;
  class: RegieClass;
  /** What made a claim concrete (or what is missing), for hovers and reports. */
  actor?: string;
  kind?: string;
  means?: string;
  deliverable?: string;
  /**
   * A hollow claim without one actor: the parties or people named as its holders all together ("alle partners",
   * "provincies"), when the sentence names them, so the finding says whose regie it is rather than that nobody holds it.
   */
  holder?: string;
  /** A hollow claim the text asks of its actor ("Wij vragen de provincie om regievoering"), rather than one it claims. */
  askedOf?: true;
}

export interface AnalysisResult {
  file: string;
  words: number;
  language: { dutch: boolean; confidence: number };
  profile: Profile;
  checklist: Record<string, ChecklistResult>;
  scores: Scores;
  findings: Finding[];
  notices: Notice[];
  /** Every regie-family word with its reading. */
  regie: RegieMention[];
}
