/**
 * `regiecheck compare oud.docx nieuw.docx`: two drafts of one document side by side (src/compare), any supported
 * formats, also mixed. Output `--format text|json|markdown|html`, to stdout or `--output`. The exit code follows
 * `--fail-on` for NEW findings only (so CI can block a draft that gets worse); 2 when a file cannot be read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { compareDrafts, compareExitCode } from '../compare/index';
import { COMPARE_FORMATS, renderComparison, type CompareFormat } from '../compare/render';
import type { Localized } from '../core/index';
import { messenger, readAndAnalyse, type CommandOptions } from './input';

export interface CompareCliOptions extends CommandOptions {
  /** text, json, markdown or html (checked here: the shared parser also knows sarif and docx-review). */
  format: string;
}

/** `regiecheck compare --help`. */
export const COMPARE_HELP: Localized = {
  nl: `Gebruik: regiecheck compare [opties] <oud> <nieuw>

Vergelijkt twee versies van een beleidstekst (.md, .txt, .docx, .pdf, ook gemengd): de scores per sleutel
ervoor en erna, de checklistpunten die erbij kwamen of verdwenen (met bewijs uit beide versies), de
bevindingen die zijn opgelost, nieuw zijn of openstaan (verplaatste tekst telt niet als nieuw) en de vragen
van de fase die de nieuwe versie beantwoordt.

Opties:
  -f, --format <text|json|markdown|html>  uitvoerformaat (standaard: text)
  -o, --output <bestand>     schrijf naar dit bestand in plaats van stdout
      --fail-on <ernst|none> exitcode 1 als er een NIEUWE bevinding is vanaf deze ernst (standaard: error)
      --locale <nl|en>       taal van de uitvoer (standaard: locale uit .regiecheck.json, anders nl)
  -c, --config <bestand>     dit configuratiebestand voor beide versies; ook --rule, --max-size, -q

Exitcodes: 0 geen nieuwe bevinding op of boven --fail-on; 1 wel; 2 gebruiksfout of een onleesbaar bestand.
`,
  en: `Usage: regiecheck compare [options] <old> <new>

Compares two drafts of a policy text (.md, .txt, .docx, .pdf, also mixed): the scores per key before and
after, the checklist items gained or lost (with evidence from both drafts), the findings resolved, new or
still open (moved text does not count as new) and the phase questions the new draft answers.

Options:
  -f, --format <text|json|markdown|html>  output format (default: text)
  -o, --output <file>        write to this file instead of stdout
      --fail-on <severity|none>  exit code 1 when a NEW finding has at least this severity (default: error)
      --locale <nl|en>       language of the output (default: locale from .regiecheck.json, else nl)
  -c, --config <file>        this configuration file for both drafts; also --rule, --max-size, -q

Exit codes: 0 no new finding at or above --fail-on; 1 otherwise; 2 usage error or an unreadable file.
`,
};

const display = (file: string, cwd: string): string => {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  return (rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file).split(path.sep).join('/');
};

export async function runCompareCli(o: CompareCliOptions, io: { stdout?: (s: string) => void; stderr?: (s: string) => void } = {}): Promise<number> {
  const stdout = io.stdout ?? ((s: string) => { process.stdout.write(s); });
  const stderr = io.stderr ?? ((s: string) => { process.stderr.write(s); });
  const fail = messenger('regiecheck compare', o.locale, stderr);
  if (!(COMPARE_FORMATS as readonly string[]).includes(o.format)) {
    return fail({ nl: `onbekend formaat "${o.format}"; kies ${COMPARE_FORMATS.join(', ')}`, en: `unknown format "${o.format}"; choose ${COMPARE_FORMATS.join(', ')}` });
  }
  if (o.inputs.length !== 2 || o.inputs.includes('-')) {
    fail({ nl: `geef precies twee bestanden: de oude en de nieuwe versie (nu ${o.inputs.length}).`, en: `give exactly two files: the old and the new draft (now ${o.inputs.length}).` });
    stderr(`\n${COMPARE_HELP[o.locale]}`);
    return 2;
  }
  const names = o.inputs.map((f) => display(f, o.cwd));
  const read = await Promise.allSettled(o.inputs.map((f, i) => {
    const absolute = path.resolve(o.cwd, f);
    return readAndAnalyse(absolute, names[i], o.configFor?.(absolute));
  }));
  let failed = false;
  for (const r of read) if (r.status === 'rejected') { failed = true; fail(r.reason instanceof Error ? r.reason.message : String(r.reason)); }
  if (failed) return 2;
  const [before, after] = read.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof readAndAnalyse>>>).value);
  if (!o.quiet) for (const w of [...before.doc.warnings, ...after.doc.warnings]) stderr(`${o.locale === 'en' ? 'warning' : 'waarschuwing'}: ${w}\n`);
  const comparison = compareDrafts({ file: before.file, text: before.doc.text, result: before.result }, { file: after.file, text: after.doc.text, result: after.result });
  const out = renderComparison(comparison, o.format as CompareFormat, o.locale);
  if (o.output) {
    try {
      const target = path.resolve(o.cwd, o.output);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, out);
    } catch (e) {
      return fail({ nl: `kan ${o.output} niet schrijven: ${(e as Error).message}`, en: `cannot write ${o.output}: ${(e as Error).message}` });
    }
  } else stdout(out);
  return compareExitCode(comparison, o.failOn);
}
