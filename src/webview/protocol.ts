/**
 * Messages between the sidebar webview and the extension (types only; shared by both bundles).
 * The extension sends a fully localised view model; the webview renders it with DOM APIs (textContent),
 * so document text is never parsed as HTML.
 */

export type ItemState = 'met' | 'niet' | 'nvt';

export interface EvidenceView { start: number; end: number; line: number; text: string }

export interface ChecklistItemView {
  id: string;
  title: string;
  explanation: string;
  state: ItemState;
  stateLabel: string;
  evidence: EvidenceView[];
}

export interface KeyView { id: string; title: string; score: number; items: ChecklistItemView[] }

export interface RuleCountView { id: string; title: string; count: number }

export interface SidebarLabels {
  scores: string; checklist: string; profile: string; openQuestions: string; noOpenQuestions: string;
  rules: string; noFindings: string; evidence: string; chart: string; report: string; reanalyse: string;
}

export type ViewModel =
  | { kind: 'empty' | 'notDutch' | 'disabled'; title: string; text: string }
  | {
    kind: 'result';
    uri: string;
    version: number;
    fileName: string;
    words: string;
    labels: SidebarLabels;
    keys: KeyView[];
    profile: { label: string; value: string }[];
    openQuestions: string[];
    rules: RuleCountView[];
  };

/** extension → webview */
export type ToWebview = { type: 'model'; model: ViewModel };

/** webview → extension */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; uri: string; start: number; end: number }
  | { type: 'command'; command: 'analyse' | 'report' | 'ruleDoc'; arg?: string };
