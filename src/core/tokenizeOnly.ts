/** The tokenize-only floor used by the benchmark: blocks + sentences + tokens, nothing else. */
import type { TextFormat } from './types';
import { parseBlocks } from './text/blocks';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokens';

export function tokenizeOnly(text: string, format: TextFormat = 'markdown'): number {
  const parsed = parseBlocks(text, format);
  let n = 0;
  for (const b of parsed.blocks) for (const s of splitSentences(parsed.masked, b.start, b.end)) n += tokenize(parsed.masked, s.start, s.end).length;
  return n;
}
