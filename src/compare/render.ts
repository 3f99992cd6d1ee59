/**
 * Output of `regiecheck compare`: text (terminal), JSON (stable keys, for CI), Markdown and HTML. The HTML page
 * has the look of the document report (src/report: REPORT_CSS, the same page frame and CSP) plus a few rules of
 * its own for the before/after columns; the extension shows it in a webview.
 */
import { getRule, KEYS, type Evidence, type Finding, type Locale, type Localized } from '../core/index';
import { htmlPage } from '../report/html';
import { escapeHtml as e, escapeMarkdown as m } from '../report/escape';
import { DOCTYPE_LABEL, FASE_LABEL, keyTitle, SEVERITY_LABEL, T, tr } from '../report/i18n';
import { clip, distinctEvidence } from '../report/model';
import type { Comparison, ItemChange, OpenFinding } from './index';

export type CompareFormat = 'text' | 'json' | 'markdown' | 'html';
export const COMPARE_FORMATS: readonly CompareFormat[] = ['text', 'json', 'markdown', 'html'];

export const C = {
  title: { nl: 'Regiecheck: twee versies vergeleken', en: 'Regiecheck: two drafts compared' },
  before: { nl: 'vorige versie', en: 'previous draft' },
  after: { nl: 'nieuwe versie', en: 'new draft' },
  old: { nl: 'oud', en: 'old' },
  new: { nl: 'nieuw', en: 'new' },
  scores: { nl: 'Scores per sleutel', en: 'Scores per key' },
  change: { nl: 'verschil', en: 'change' },
  items: { nl: 'punten', en: 'items' },
  gained: { nl: 'Checklistpunten nu gehaald', en: 'Checklist items now met' },
  lost: { nl: 'Checklistpunten niet meer gehaald', en: 'Checklist items no longer met' },
  noItemChanges: { nl: 'Geen checklistpunt is gewonnen of verloren.', en: 'No checklist item was gained or lost.' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  resolved: { nl: 'Opgelost', en: 'Resolved' },
  added: { nl: 'Nieuw', en: 'New' },
  open: { nl: 'Nog open', en: 'Still open' },
  moved: { nl: 'verplaatst van r.', en: 'moved from l.' },
  edited: { nl: 'zin herschreven', en: 'sentence reworded' },
  none: { nl: 'geen', en: 'none' },
  questions: { nl: 'Vragen van de fase', en: 'Questions of the phase' },
  answered: { nl: 'Nu beantwoord', en: 'Now answered' },
  stillOpen: { nl: 'Nog open', en: 'Still open' },
  reopened: { nl: 'Weer open', en: 'Open again' },
  noAnswered: { nl: 'De nieuwe versie beantwoordt geen vraag die de vorige openliet.', en: 'The new draft answers no question the previous one left open.' },
  notFound: { nl: 'geen bewijs', en: 'no evidence' },
  summaryLine: { nl: '{r} opgelost, {n} nieuw, {o} nog open', en: '{r} resolved, {n} new, {o} still open' },
  profile: { nl: 'Profiel', en: 'Profile' },
} satisfies Record<string, Localized>;

const L = (s: Localized, locale: Locale): string => s[locale];
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
const counts = (c: Comparison, locale: Locale): string => L(C.summaryLine, locale)
  .replace('{r}', String(c.findings.resolved.length)).replace('{n}', String(c.findings.added.length)).replace('{o}', String(c.findings.open.length));
const profileLine = (p: Comparison['before']['profile'], locale: Locale): string => `${tr(DOCTYPE_LABEL[p.doctype], locale)} · ${tr(FASE_LABEL[p.fase], locale)}`;
/** Open after, and not just reopened (those are listed on their own). */
const stillOpen = (c: Comparison): Comparison['questionsOpen'] => c.questionsOpen.filter((q) => !c.questionsReopened.includes(q) && !c.questionsReopened.some((r) => r.id === q.id));
const ruleTitle = (f: Finding, locale: Locale): string => { const r = getRule(f.rule); return r ? tr(r.title, locale) : f.rule; };

// ---------------------------------------------------------------------------------------------------------------
// JSON

const findingJson = (f: Finding) => ({ rule: f.rule, severity: f.severity, key: f.key, line: f.line, column: f.column, start: f.start, end: f.end, text: f.text, message: f.message, ...(f.location ? { location: f.location } : {}) });
const evidenceJson = (ev: Evidence) => ({ line: ev.line, start: ev.start, end: ev.end, text: ev.text, ...(ev.location ? { location: ev.location } : {}) });
const itemJson = (i: ItemChange, locale: Locale) => ({
  id: i.id, key: i.key, title: tr(i.title, locale),
  before: { met: i.before.met, evidence: i.before.evidence.map(evidenceJson) },
  after: { met: i.after.met, evidence: i.after.evidence.map(evidenceJson) },
});

export function comparisonJson(c: Comparison, locale: Locale): Record<string, unknown> {
  return {
    before: c.before,
    after: c.after,
    scores: Object.fromEntries(c.keys.map((k) => [k.key, { before: k.before, after: k.after, delta: k.delta, metBefore: k.metBefore, metAfter: k.metAfter }])),
    checklist: { gained: c.itemsGained.map((i) => itemJson(i, locale)), lost: c.itemsLost.map((i) => itemJson(i, locale)) },
    findings: {
      resolved: c.findings.resolved.map(findingJson),
      new: c.findings.added.map(findingJson),
      open: c.findings.open.map((o) => ({ before: findingJson(o.before), after: findingJson(o.after), moved: o.moved, edited: o.edited })),
    },
    phase: {
      fase: c.phase,
      answered: c.questionsAnswered.map((q) => ({ id: q.id, key: q.key, question: tr(q.question, locale) })),
      open: c.questionsOpen.map((q) => ({ id: q.id, key: q.key, question: tr(q.question, locale) })),
      reopened: c.questionsReopened.map((q) => ({ id: q.id, key: q.key, question: tr(q.question, locale) })),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text

function evidenceText(ev: readonly Evidence[], locale: Locale): string {
  const shown = distinctEvidence(ev).slice(0, 2);
  if (!shown.length) return `— (${L(C.notFound, locale)})`;
  return shown.map((x) => `${tr(T.line, locale)} ${x.line}${x.location ? ` (${x.location})` : ''} “${clip(x.text)}”`).join('; ');
}

function findingLine(file: string, f: Finding, locale: Locale, extra = ''): string {
  return `${file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}${f.location ? ` (${f.location})` : ''}${extra}`;
}

function openExtra(o: OpenFinding, locale: Locale): string {
  const bits = [o.moved ? `${L(C.moved, locale)} ${o.before.line}` : '', o.edited ? L(C.edited, locale) : ''].filter(Boolean);
  return bits.length ? ` [${bits.join(', ')}]` : '';
}

export function comparisonText(c: Comparison, locale: Locale): string {
  const out: string[] = [];
  out.push(`${L(C.title, locale)}: ${c.before.file} → ${c.after.file}`);
  out.push(`${L(C.profile, locale)}: ${profileLine(c.before.profile, locale)} → ${profileLine(c.after.profile, locale)}`);
  out.push('', `${L(C.scores, locale)}:`);
  const width = Math.max(...KEYS.map((k) => keyTitle(k, locale, 'short').length));
  for (const k of c.keys) {
    out.push(`  ${keyTitle(k.key, locale, 'short').padEnd(width)}  ${String(k.before).padStart(3)} → ${String(k.after).padStart(3)}  (${signed(k.delta)})`);
  }
  const items = (title: Localized, list: ItemChange[], sign: string) => {
    out.push('', `${L(title, locale)} (${list.length}):`);
    for (const i of list) {
      out.push(`  ${sign} ${i.id} — ${tr(i.title, locale)}`);
      out.push(`      ${L(C.old, locale)}: ${evidenceText(i.before.evidence, locale)}`);
      out.push(`      ${L(C.new, locale)}: ${evidenceText(i.after.evidence, locale)}`);
    }
  };
  if (c.itemsGained.length || c.itemsLost.length) {
    if (c.itemsGained.length) items(C.gained, c.itemsGained, '+');
    if (c.itemsLost.length) items(C.lost, c.itemsLost, '-');
  } else out.push('', L(C.noItemChanges, locale));
  out.push('', `${L(C.findings, locale)}: ${counts(c, locale)}`);
  const list = (title: Localized, lines: string[]) => {
    if (!lines.length) return;
    out.push(`  ${L(title, locale)}:`);
    for (const l of lines) out.push(`    ${l}`);
  };
  list(C.resolved, c.findings.resolved.map((f) => findingLine(c.before.file, f, locale)));
  list(C.added, c.findings.added.map((f) => findingLine(c.after.file, f, locale)));
  list(C.open, c.findings.open.map((o) => findingLine(c.after.file, o.after, locale, openExtra(o, locale))));
  out.push('', `${L(C.questions, locale)} "${tr(FASE_LABEL[c.phase], locale)}":`);
  const qs = (title: Localized, qsList: Comparison['questionsOpen']) => {
    if (!qsList.length) return;
    out.push(`  ${L(title, locale)} (${qsList.length}):`);
    for (const q of qsList) out.push(`    ${q.key} · ${tr(q.question, locale)}`);
  };
  if (!c.questionsAnswered.length) out.push(`  ${L(C.noAnswered, locale)}`);
  qs(C.answered, c.questionsAnswered);
  qs(C.reopened, c.questionsReopened);
  qs(C.stillOpen, stillOpen(c));
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Markdown

export function comparisonMarkdown(c: Comparison, locale: Locale): string {
  const out: string[] = [];
  out.push(`# ${m(L(C.title, locale))}`, '');
  out.push(`**${m(L(C.before, locale))}:** \`${c.before.file.replace(/`/g, "'")}\` · ${m(profileLine(c.before.profile, locale))} · ${c.before.words} ${m(tr(T.words, locale))}  `);
  out.push(`**${m(L(C.after, locale))}:** \`${c.after.file.replace(/`/g, "'")}\` · ${m(profileLine(c.after.profile, locale))} · ${c.after.words} ${m(tr(T.words, locale))}`, '');
  out.push(`## ${m(L(C.scores, locale))}`, '');
  out.push(`| ${m(tr(T.key, locale))} | ${m(L(C.old, locale))} | ${m(L(C.new, locale))} | ${m(L(C.change, locale))} | ${m(L(C.items, locale))} |`, '| --- | ---: | ---: | ---: | ---: |');
  for (const k of c.keys) out.push(`| ${m(keyTitle(k.key, locale, 'short'))} | ${k.before} | ${k.after} | ${signed(k.delta)} | ${k.metBefore} → ${k.metAfter} |`);
  const ev = (list: readonly Evidence[]) => {
    const shown = distinctEvidence(list).slice(0, 2);
    return shown.length ? shown.map((x) => `${tr(T.line, locale)} ${x.line} “${m(clip(x.text))}”`).join('; ') : `*${m(L(C.notFound, locale))}*`;
  };
  const items = (title: Localized, list: ItemChange[], mark: string) => {
    out.push('', `## ${m(L(title, locale))} (${list.length})`, '');
    for (const i of list) {
      out.push(`- ${mark} **${i.id}** — ${m(tr(i.title, locale))}`);
      out.push(`  - ${m(L(C.old, locale))}: ${ev(i.before.evidence)}`);
      out.push(`  - ${m(L(C.new, locale))}: ${ev(i.after.evidence)}`);
    }
  };
  if (c.itemsGained.length) items(C.gained, c.itemsGained, '✅');
  if (c.itemsLost.length) items(C.lost, c.itemsLost, '❌');
  if (!c.itemsGained.length && !c.itemsLost.length) out.push('', m(L(C.noItemChanges, locale)));
  out.push('', `## ${m(L(C.findings, locale))}: ${m(counts(c, locale))}`);
  const fl = (title: Localized, file: string, list: Array<[Finding, string]>) => {
    if (!list.length) return;
    out.push('', `### ${m(L(title, locale))} (${list.length})`, '');
    for (const [f, extra] of list) {
      out.push(`- \`${f.rule}\` ${m(tr(SEVERITY_LABEL[f.severity], locale))} · ${m(file)} ${tr(T.line, locale)} ${f.line}: ${m(f.message)} — “${m(clip(f.text))}”${extra ? ` *(${m(extra)})*` : ''}`);
    }
  };
  fl(C.resolved, c.before.file, c.findings.resolved.map((f) => [f, '']));
  fl(C.added, c.after.file, c.findings.added.map((f) => [f, '']));
  fl(C.open, c.after.file, c.findings.open.map((o) => [o.after, openExtra(o, locale).replace(/^ \[|\]$/g, '')]));
  out.push('', `## ${m(L(C.questions, locale))} “${m(tr(FASE_LABEL[c.phase], locale))}”`);
  const qs = (title: Localized, list: Comparison['questionsOpen']) => {
    if (!list.length) return;
    out.push('', `**${m(L(title, locale))}**`, '');
    for (const q of list) out.push(`- ${q.key} · ${m(tr(q.question, locale))}`);
  };
  if (!c.questionsAnswered.length) out.push('', m(L(C.noAnswered, locale)));
  qs(C.answered, c.questionsAnswered);
  qs(C.reopened, c.questionsReopened);
  qs(C.stillOpen, stillOpen(c));
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

/** The compare page's own rules, on top of REPORT_CSS (same variables, so light/dark/print follow). */
export const COMPARE_CSS = '.delta-up{color:var(--high)}.delta-down{color:var(--low)}.delta-same{color:var(--muted)}'
  + '.drafts td:first-child{white-space:nowrap}.ev{margin:.15rem 0 .15rem 1.6rem}.tag{font-size:.8rem;color:var(--muted)}';

export interface CompareHtmlOptions { nonce?: string; fragment?: boolean }

export function comparisonHtml(c: Comparison, locale: Locale, opts: CompareHtmlOptions = {}): string {
  const out: string[] = [];
  const scoreClass = (d: number) => (d > 0 ? 'delta-up' : d < 0 ? 'delta-down' : 'delta-same');
  out.push(`<h1>${e(L(C.title, locale))}</h1>`);
  out.push('<div class="table-wrap"><table class="drafts"><tbody>');
  for (const [label, d] of [[C.before, c.before], [C.after, c.after]] as const) {
    out.push(`<tr><td>${e(L(label, locale))}</td><td><code>${e(d.file)}</code></td><td>${e(profileLine(d.profile, locale))}</td><td class="num">${d.words} ${e(tr(T.words, locale))}</td></tr>`);
  }
  out.push('</tbody></table></div>');
  out.push(`<section><h2>${e(L(C.scores, locale))}</h2><div class="table-wrap"><table><thead><tr><th>${e(tr(T.key, locale))}</th><th class="num">${e(L(C.old, locale))}</th><th class="num">${e(L(C.new, locale))}</th><th class="num">${e(L(C.change, locale))}</th><th class="num">${e(L(C.items, locale))}</th></tr></thead><tbody>`);
  for (const k of c.keys) {
    out.push(`<tr><td>${e(keyTitle(k.key, locale, 'short'))}</td><td class="num">${k.before}</td><td class="num">${k.after}</td><td class="num ${scoreClass(k.delta)}">${e(signed(k.delta))}</td><td class="num">${k.metBefore} → ${k.metAfter}</td></tr>`);
  }
  out.push('</tbody></table></div></section>');
  const ev = (list: readonly Evidence[]) => {
    const shown = distinctEvidence(list).slice(0, 2);
    return shown.length ? shown.map((x) => `${e(tr(T.line, locale))} ${x.line} <q>${e(clip(x.text))}</q>`).join('; ') : `<span class="muted">${e(L(C.notFound, locale))}</span>`;
  };
  const items = (title: Localized, list: ItemChange[], cls: 'met' | 'unmet', mark: string) => {
    out.push(`<section><h2>${e(L(title, locale))} (${list.length})</h2><ul class="checklist">`);
    for (const i of list) {
      out.push(`<li class="${cls}"><span class="status">${mark}</span><strong>${e(i.id)}</strong> — ${e(tr(i.title, locale))}`
        + `<div class="ev"><span class="tag">${e(L(C.old, locale))}:</span> ${ev(i.before.evidence)}</div>`
        + `<div class="ev"><span class="tag">${e(L(C.new, locale))}:</span> ${ev(i.after.evidence)}</div></li>`);
    }
    out.push('</ul></section>');
  };
  if (c.itemsGained.length) items(C.gained, c.itemsGained, 'met', '✓');
  if (c.itemsLost.length) items(C.lost, c.itemsLost, 'unmet', '✗');
  if (!c.itemsGained.length && !c.itemsLost.length) out.push(`<p class="muted">${e(L(C.noItemChanges, locale))}</p>`);
  out.push(`<section><h2>${e(L(C.findings, locale))}</h2><p>${e(counts(c, locale))}</p>`);
  const fl = (title: Localized, file: string, list: Array<[Finding, string]>) => {
    if (!list.length) return;
    out.push(`<h3>${e(L(title, locale))} (${list.length})</h3><ol class="findings">`);
    for (const [f, extra] of list) {
      out.push(`<li><span class="sev sev-${f.severity}">${e(tr(SEVERITY_LABEL[f.severity], locale))}</span> <code>${e(f.rule)}</code> ${e(ruleTitle(f, locale))} · <span class="muted">${e(file)} ${e(tr(T.line, locale))} ${f.line}</span><br>${e(f.message)} — <q><mark>${e(clip(f.text))}</mark></q>${extra ? ` <span class="tag">(${e(extra)})</span>` : ''}</li>`);
    }
    out.push('</ol>');
  };
  fl(C.resolved, c.before.file, c.findings.resolved.map((f) => [f, '']));
  fl(C.added, c.after.file, c.findings.added.map((f) => [f, '']));
  fl(C.open, c.after.file, c.findings.open.map((o) => [o.after, openExtra(o, locale).replace(/^ \[|\]$/g, '')]));
  out.push('</section>');
  out.push(`<section><h2>${e(L(C.questions, locale))} “${e(tr(FASE_LABEL[c.phase], locale))}”</h2>`);
  const qs = (title: Localized, list: Comparison['questionsOpen']) => {
    if (!list.length) return;
    out.push(`<h3>${e(L(title, locale))} (${list.length})</h3><ul class="questions">`);
    for (const q of list) out.push(`<li><strong>${q.key}</strong> · ${e(tr(q.question, locale))}</li>`);
    out.push('</ul>');
  };
  if (!c.questionsAnswered.length) out.push(`<p class="muted">${e(L(C.noAnswered, locale))}</p>`);
  qs(C.answered, c.questionsAnswered);
  qs(C.reopened, c.questionsReopened);
  qs(C.stillOpen, stillOpen(c));
  out.push('</section>');
  const body = out.join('\n');
  if (opts.fragment) return `<main class="regiecheck-report">\n${body}\n</main>\n`;
  return htmlPage(body, `${L(C.title, locale)}: ${c.before.file} → ${c.after.file}`, locale, [], opts.nonce, COMPARE_CSS);
}

export function renderComparison(c: Comparison, format: CompareFormat, locale: Locale, opts: CompareHtmlOptions = {}): string {
  switch (format) {
    case 'json': return `${JSON.stringify(comparisonJson(c, locale), null, 2)}\n`;
    case 'markdown': return comparisonMarkdown(c, locale);
    case 'html': return comparisonHtml(c, locale, opts);
    default: return comparisonText(c, locale);
  }
}
