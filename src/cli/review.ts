/**
 * `regiecheck --format docx-review --output nota-review.docx nota.docx`: the review copy (src/review) of one
 * .docx, .md or .txt file. The original is never written: an output that is the input (same path, or the same
 * file through a link) is refused, and the copy is written to a temporary file next to the output and renamed into
 * place, so a failure leaves nothing half-written. Encrypted, corrupt or macro-enabled input: exit 2, nothing
 * written. Otherwise the exit code follows --fail-on, as for the other formats.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SEVERITIES, type Localized, type Severity } from '../core/index';
import { isReviewError, makeReviewCopy } from '../review/index';
import { messenger, readAndAnalyse, type CommandOptions } from './input';
import { locationAt } from '../formats/index';

export interface ReviewCliOptions extends CommandOptions {
  /** The comments' date (tests); default now. */
  date?: Date;
}

const rank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);

/** Same file: the same resolved path, or (when both exist) the same device and inode (hard or symbolic link). */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a), sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export async function runReviewCli(o: ReviewCliOptions, stderr: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const fail = messenger('regiecheck', o.locale, stderr);
  if (o.inputs.length !== 1 || o.inputs[0] === '-') {
    return fail({ nl: '--format docx-review maakt een reviewkopie van één bestand (.docx, .md of .txt); geef precies één bestand.',
      en: '--format docx-review makes a review copy of one file (.docx, .md or .txt); give exactly one file.' });
  }
  if (!o.output) {
    return fail({ nl: '--format docx-review schrijft een Word-bestand; geef met --output aan waar (bijvoorbeeld --output nota-review.docx).',
      en: '--format docx-review writes a Word file; say where with --output (for example --output nota-review.docx).' });
  }
  if (!/\.docx$/i.test(o.output)) {
    return fail({ nl: `--output ${o.output}: een reviewkopie is een Word-document; geef een naam die op .docx eindigt.`,
      en: `--output ${o.output}: a review copy is a Word document; give a name that ends in .docx.` });
  }
  const input = path.resolve(o.cwd, o.inputs[0]);
  const target = path.resolve(o.cwd, o.output);
  if (/\.pdf$/i.test(input)) {
    return fail({ nl: `${o.inputs[0]}: van een PDF maakt Regiecheck geen reviewkopie (een PDF kan geen Word-opmerkingen dragen). Gebruik het Word-bestand of de tekst.`,
      en: `${o.inputs[0]}: Regiecheck makes no review copy of a PDF (a PDF cannot carry Word comments). Use the Word file or the text.` });
  }
  if (sameFile(input, target)) {
    return fail({ nl: `${o.output} is het origineel zelf; Regiecheck overschrijft het origineel nooit. Kies een andere naam voor de reviewkopie.`,
      en: `${o.output} is the original itself; Regiecheck never writes over the original. Choose another name for the review copy.` });
  }

  let analysed;
  try {
    analysed = await readAndAnalyse(input, o.inputs[0], o.configFor?.(input));
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  const { doc, result, bytes } = analysed;
  if (!o.quiet) for (const w of doc.warnings) stderr(`${o.locale === 'en' ? 'warning' : 'waarschuwing'}: ${w}\n`);

  let outcome;
  try {
    outcome = await makeReviewCopy({
      bytes, kind: doc.source as 'docx' | 'markdown' | 'plaintext', name: o.inputs[0], text: doc.text, result,
      locationAt: (offset) => locationAt(doc, offset),
    }, { locale: o.locale, date: o.date });
  } catch (e) {
    if (isReviewError(e)) return fail(e.message);
    throw e;
  }

  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(tmp, outcome.bytes);
    fs.renameSync(tmp, target);
  } catch (e) {
    try { fs.unlinkSync(tmp); } catch { /* nothing was written */ }
    return fail({ nl: `kan ${o.output} niet schrijven: ${(e as Error).message}`, en: `cannot write ${o.output}: ${(e as Error).message}` });
  }
  if (!o.quiet) {
    const n = outcome.unplaced.length;
    const done: Localized = {
      nl: `reviewkopie geschreven: ${o.output} (${outcome.placed} opmerkingen bij bevindingen${outcome.summary ? ', samenvatting bij de titel' : ''}${n ? `; ${n} zonder eigen plek staan in de samenvatting` : ''})`,
      en: `review copy written: ${o.output} (${outcome.placed} comments on findings${outcome.summary ? ', summary on the title' : ''}${n ? `; ${n} without a place of their own are in the summary` : ''})`,
    };
    stderr(`regiecheck: ${done[o.locale]}\n`);
  }
  if (o.failOn === 'none') return 0;
  const threshold = rank(o.failOn);
  return result.findings.some((f) => rank(f.severity) >= threshold) ? 1 : 0;
}
