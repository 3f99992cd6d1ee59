/** User-facing texts of the reports, Dutch first. Profile values keep their contract ids next to the label. */
import { KEY_TITLES, SEVERITIES } from '../core/index';
import type { Coalitietype, Doctype, Fase, KeyId, Locale, Localized, Regierol, Severity } from '../core/types';

export const T = {
  reportTitle: { nl: 'Regiecheck-rapport', en: 'Regiecheck report' },
  folderTitle: { nl: 'Regiecheck-overzicht', en: 'Regiecheck summary' },
  file: { nl: 'Bestand', en: 'File' },
  words: { nl: 'woorden', en: 'words' },
  generatedBy: {
    nl: 'Gemaakt met Regiecheck: een toets van beleidsteksten aan de vier sleutels van *Vitale Coalities en Regie*. Een hulpmiddel voor het gesprek, geen oordeel.',
    en: 'Made with Regiecheck: a check of policy texts against the four keys of *Vitale Coalities en Regie*. An aid to the conversation, not a verdict.',
  },
  notices: { nl: 'Let op', en: 'Note' },
  profile: { nl: 'Profiel', en: 'Profile' },
  property: { nl: 'Kenmerk', en: 'Property' },
  value: { nl: 'Waarde', en: 'Value' },
  cues: { nl: 'Aanwijzingen in de tekst', en: 'Cues in the text' },
  doctype: { nl: 'Documentsoort', en: 'Document type' },
  fase: { nl: 'Fase', en: 'Phase' },
  coalitietype: { nl: 'Coalitietype', en: 'Coalition type' },
  regierol: { nl: 'Regierol', en: 'Regie role' },
  regiedichtheid: { nl: 'Regiedichtheid', en: 'Regie density' },
  perThousand: { nl: 'regiewoorden per 1.000 woorden', en: 'regie words per 1,000 words' },
  strategy: { nl: 'regiestrategie', en: 'regie strategy' },
  scores: { nl: 'Scores op de vier sleutels', en: 'Scores on the four keys' },
  key: { nl: 'Sleutel', en: 'Key' },
  score: { nl: 'Score', en: 'Score' },
  itemsMet: { nl: 'Punten gehaald', en: 'Items met' },
  of: { nl: 'van', en: 'of' },
  chartLabel: { nl: 'Staafdiagram van de scores (0–100) op de vier sleutels', en: 'Bar chart of the scores (0–100) on the four keys' },
  openQuestions: { nl: 'Open vragen voor de fase', en: 'Open questions for the phase' },
  openQuestionsIntro: {
    nl: 'De korte checklist uit het boek voor deze fase. Deze vragen laat het document open',
    en: 'The book\'s short checklist for this phase. The document leaves these questions open',
  },
  allAnswered: { nl: 'Het document beantwoordt alle vragen van de korte checklist voor deze fase.', en: 'The document answers every question of the short checklist for this phase.' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  answered: { nl: 'beantwoord', en: 'answered' },
  checklist: { nl: 'Checklist per sleutel', en: 'Checklist per key' },
  met: { nl: 'aanwezig', en: 'met' },
  notMet: { nl: 'ontbreekt', en: 'not met' },
  notApplicable: { nl: 'niet van toepassing', en: 'not applicable' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  noFindings: { nl: 'Geen bevindingen.', en: 'No findings.' },
  noKey: { nl: 'Taal en overige', en: 'Language and other' },
  why: { nl: 'Waarom', en: 'Why' },
  fix: { nl: 'Beter', en: 'Better' },
  book: { nl: 'Boek', en: 'Book' },
  line: { nl: 'r.', en: 'l.' },
  lineLong: { nl: 'regel', en: 'line' },
  documents: { nl: 'Documenten', en: 'Documents' },
  document: { nl: 'Document', en: 'Document' },
  topGaps: { nl: 'Grootste gaten', en: 'Top gaps' },
  total: { nl: 'Totaal', en: 'Total' },
  average: { nl: 'Gemiddeld', en: 'Average' },
  averageScores: { nl: 'Gemiddelde scores', en: 'Average scores' },
  sortHint: { nl: 'Klik op een kolomkop om te sorteren.', en: 'Click a column header to sort.' },
  notAnalysed: { nl: 'niet geanalyseerd', en: 'not analysed' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  findingsCount: { nl: 'bevindingen', en: 'findings' },
  none: { nl: 'geen', en: 'none' },
} satisfies Record<string, Localized>;

export const SEVERITY_LABEL: Record<Severity, Localized> = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'info', en: 'info' },
  hint: { nl: 'hint', en: 'hint' },
};

export const SEVERITY_PLURAL: Record<Severity, Localized> = {
  error: { nl: 'fouten', en: 'errors' },
  warning: { nl: 'waarschuwingen', en: 'warnings' },
  info: { nl: 'info', en: 'info' },
  hint: { nl: 'hints', en: 'hints' },
};

/** Column headers of the folder table (the full word is in the header's title). */
export const SEVERITY_SHORT: Record<Severity, Localized> = {
  error: { nl: 'fouten', en: 'errors' },
  warning: { nl: 'waarsch.', en: 'warn.' },
  info: { nl: 'info', en: 'info' },
  hint: { nl: 'hints', en: 'hints' },
};

export const DOCTYPE_LABEL: Record<Doctype, Localized> = {
  convenant: { nl: 'convenant', en: 'covenant' },
  nota: { nl: 'nota', en: 'policy note' },
  raadsvoorstel: { nl: 'raadsvoorstel', en: 'council proposal' },
  akkoord: { nl: 'akkoord', en: 'agreement' },
  programma: { nl: 'programma', en: 'programme' },
  regeling: { nl: 'regeling', en: 'regulation' },
  overig: { nl: 'overig', en: 'other' },
};

/** The phases with the book's image for each (ch. 3, "De vorming van vitale coalities in fasen"). */
export const FASE_LABEL: Record<Fase, Localized> = {
  zoeken: { nl: 'zoeken (dansen)', en: 'searching (dancing)' },
  formeren: { nl: 'formeren (zoenen)', en: 'forming (kissing)' },
  contracteren: { nl: 'contracteren (vrijen en trouwen)', en: 'contracting (courting and marrying)' },
  uitvoering: { nl: 'toegewijde uitvoering (kinderen krijgen)', en: 'dedicated execution (having children)' },
};

/** Coalition types with the matching regie strategy (ch. 3, "Typen coalities"). */
export const COALITIETYPE_LABEL: Record<Coalitietype, { name: Localized; strategy: Localized }> = {
  op_orde_brengen: { name: { nl: 'op orde brengen', en: 'putting in order' }, strategy: { nl: 'ruimte creëren en dichttimmeren', en: 'creating room and nailing down' } },
  herinrichten: { name: { nl: 'herinrichten', en: 'rearranging' }, strategy: { nl: 'opschudden en herschikken', en: 'shaking up and reshuffling' } },
  vernieuwen: { name: { nl: 'vernieuwen', en: 'renewing' }, strategy: { nl: 'springen en vormen', en: 'leaping and shaping' } },
  heruitvinden: { name: { nl: 'heruitvinden', en: 'reinventing' }, strategy: { nl: 'versimpelen en doen', en: 'simplifying and doing' } },
};

export const REGIEROL_LABEL: Record<Regierol, Localized> = {
  procesregie: { nl: 'procesregie', en: 'process regie' },
  ordeningsregie: { nl: 'ordeningsregie', en: 'ordering regie' },
  uitvoeringsregie: { nl: 'uitvoeringsregie', en: 'executive regie' },
  geen: { nl: 'geen regieclaim', en: 'no regie claim' },
};

export const tr = (s: Localized, locale: Locale): string => s[locale];

/** "1 fout, 8 waarschuwingen, 3 info" (severities with a count only), or "geen". */
export function severitySummary(counts: Record<Severity, number>, locale: Locale): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${tr(counts[s] === 1 ? SEVERITY_LABEL[s] : SEVERITY_PLURAL[s], locale)}`);
  return parts.length ? parts.join(', ') : tr(T.none, locale);
}

/**
 * A key's name for tables and the chart ("K1 · Focus maken") or for headings ("Sleutel 1 — Focus maken:
 * afnemers trekken het uit je handen"), from KEY_TITLES whichever form that has.
 */
export function keyTitle(key: KeyId, locale: Locale, form: 'short' | 'full'): string {
  const title = KEY_TITLES[key][locale];
  const numbered = /^(Sleutel|Key)\s+\d/i.test(title);
  if (form === 'full') return numbered ? title : `${key} · ${title}`;
  const short = title.replace(/^(Sleutel|Key)\s+\d\s*[—–:-]\s*/i, '').replace(/\s*[:(].*$/, '');
  return `${key} · ${short}`;
}

/** 1234 → "1.234" (nl) or "1,234" (en); 2.4 → "2,4" (nl). Independent of the machine's ICU data. */
export function formatNumber(n: number, locale: Locale, decimals = 0): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const group = locale === 'nl' ? '.' : ',';
  const dec = locale === 'nl' ? ',' : '.';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? '-' : ''}${grouped}${frac ? dec + frac : ''}`;
}
