/**
 * Hovers add what the diagnostic message cannot: why a finding matters (with the book reference), how a good
 * version reads and a link to the rule doc; and for a regie word that is NOT flagged, what made it concrete.
 * The built-in diagnostic hover already shows the message itself, so we do not repeat it.
 */
import * as vscode from 'vscode';
import { lazyCore } from './core';
import type { Finding, RegieMention } from '../core/types';
import type { AnalysisService } from './analysis';
import { pick, t } from './l10n';
import { logError } from './log';

/** The command a hover link may run (the hover's markdown is trusted for this command only). */
export const SHOW_RULE_DOC = 'regiecheck.showRuleDocs';

function commandLink(label: string, ruleId: string): string {
  return `[${escapeMd(label)}](command:${SHOW_RULE_DOC}?${encodeURIComponent(JSON.stringify([ruleId]))})`;
}

/** Document text and rule texts go into markdown: escape everything markdown could interpret. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

export function findingHover(f: Finding): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: [SHOW_RULE_DOC] };
  md.supportHtml = false;
  const rule = lazyCore().getRule(f.rule);
  md.appendMarkdown(`**Regiecheck · ${escapeMd(rule ? pick(rule.title) : f.rule)}** \`${f.rule}\`\n\n`);
  if (rule) {
    md.appendMarkdown(`**${escapeMd(t('hoverWhy'))}:** ${escapeMd(pick(rule.explanation))}\n\n`);
    md.appendMarkdown(`**${escapeMd(t('hoverFix'))}:** ${escapeMd(pick(rule.fix))}\n\n`);
    const good = rule.examples?.good?.[0];
    if (good) md.appendMarkdown(`**${escapeMd(t('hoverGood'))}:** *${escapeMd(good)}*\n\n`);
    if (rule.book) md.appendMarkdown(`**${escapeMd(t('hoverBook'))}:** ${escapeMd(rule.book)}\n\n`);
  }
  md.appendMarkdown(`$(book) ${commandLink(t('hoverDocs'), f.rule)}`);
  return md;
}

export function regieHover(m: RegieMention): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.supportHtml = false;
  const heading = m.class === 'gevuld' ? t('hoverRegieConcrete') : m.class === 'naam' ? t('hoverRegieName') : t('hoverRegieOther');
  md.appendMarkdown(`**Regiecheck · ${escapeMd(heading)}:** *${escapeMd(m.word)}*\n\n`);
  if (m.class === 'gevuld') {
    const rows: [string, string | undefined][] = [
      [t('hoverActor'), m.actor], [t('hoverKind'), m.kind], [t('hoverMeans'), m.means], [t('hoverDeliverable'), m.deliverable]];
    for (const [label, value] of rows) {
      md.appendMarkdown(`- **${escapeMd(label)}:** ${value ? escapeMd(value) : `*${escapeMd(t('hoverNothingFound'))}*`}\n`);
    }
  }
  return md;
}

export class RegieHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    try {
      const result = this.service.get(doc)?.result;
      if (!result) return undefined;
      const at = doc.offsetAt(pos);
      const hits = result.findings.filter((f) => f.start <= at && at <= f.end);
      if (hits.length) {
        // One block per rule: several findings of one rule at one spot would only repeat the same explanation.
        const seen = new Set<string>();
        const contents = hits.filter((f) => !seen.has(f.rule) && seen.add(f.rule)).map(findingHover);
        const first = hits[0];
        return new vscode.Hover(contents, new vscode.Range(doc.positionAt(first.start), doc.positionAt(first.end)));
      }
      const mention = result.regie.find((m) => m.class !== 'hol' && m.start <= at && at <= m.end);
      if (mention) return new vscode.Hover(regieHover(mention), new vscode.Range(doc.positionAt(mention.start), doc.positionAt(mention.end)));
    } catch (e) {
      logError('hover', e);
    }
    return undefined;
  }
}
