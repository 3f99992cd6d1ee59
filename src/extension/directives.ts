/**
 * Where and how to insert the contract's disable comments (pure functions; no vscode import, unit-testable):
 *   Markdown:   `<!-- regiecheck-disable <rule> -->` above the block, `<!-- regiecheck-disable-file <rule> -->` on top
 *   plain text: a line `regiecheck-disable <rule>` / `regiecheck-disable-file <rule>`
 */
import { parseBlocks } from '../core/text/blocks';
import type { TextFormat } from '../core/types';

export interface Insertion { offset: number; text: string }

export function directiveLine(format: TextFormat, scope: 'next' | 'file', rule: string): string {
  const word = scope === 'file' ? 'regiecheck-disable-file' : 'regiecheck-disable';
  return format === 'markdown' ? `<!-- ${word} ${rule} -->` : `${word} ${rule}`;
}

function lineStartOf(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Insert the directive on its own line directly above the block that contains `offset`. */
export function disableForBlock(text: string, format: TextFormat, offset: number, rule: string): Insertion {
  const { blocks } = parseBlocks(text, format);
  const block = blocks.find((b) => b.start <= offset && offset < Math.max(b.end, b.start + 1))
    ?? [...blocks].reverse().find((b) => b.start <= offset);
  const at = lineStartOf(text, block ? block.start : offset);
  const indent = /^[ \t]*/.exec(text.slice(at))?.[0] ?? '';
  return { offset: at, text: `${indent}${directiveLine(format, 'next', rule)}${eol(text)}` };
}

/** Insert the file-wide directive at the top (after Markdown front matter, which must stay first). */
export function disableForDocument(text: string, format: TextFormat, rule: string): Insertion {
  const nl = eol(text);
  let at = 0;
  if (format === 'markdown') {
    const fm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/.exec(text);
    if (fm) at = fm[0].length;
  }
  return { offset: at, text: `${directiveLine(format, 'file', rule)}${nl}${nl}` };
}
