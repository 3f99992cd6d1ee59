/** Command-line arguments of `regiecheck`. Usage errors throw UsageError (exit code 2). */
import type { Locale, Severity } from '../core/types';
import { SEVERITIES } from '../core/types';
import { OUTPUT_FORMATS, type OutputFormat } from './formatters';

export class UsageError extends Error {}

export interface CliArgs {
  format: OutputFormat;
  failOn: Severity | 'none';
  output?: string;
  locale: Locale;
  config?: string;
  workers?: number;
  maxSizeKB?: number;
  stdinFormat: 'markdown' | 'plaintext';
  stdinName: string;
  quiet: boolean;
  help: boolean;
  version: boolean;
  inputs: string[];
}

export const HELP = `Gebruik: regiecheck [opties] <bestanden|mappen|globs|->

Controleert Nederlandse beleidsteksten (.md, .txt, .docx, .pdf) op de vier sleutels van
"Vitale Coalities en Regie": holle regie, eigenaarschap, afnemers, geld en mensen.

Opties:
  -f, --format <text|json|markdown|html|sarif>  uitvoerformaat (standaard: text)
  -o, --output <bestand>     schrijf de uitvoer naar dit bestand in plaats van stdout
      --fail-on <ernst|none> exitcode 1 vanaf deze ernst: error, warning, info, hint (standaard: error)
      --locale <nl|en>       taal van de meldingen (standaard: nl)
  -c, --config <bestand>     gebruik dit configuratiebestand in plaats van .regiecheck.json
      --workers <n>          aantal worker threads voor een map (standaard: aantal kernen min één)
      --max-size <kB>        grotere documenten worden niet geanalyseerd (standaard: 5120)
      --stdin-format <md|txt> formaat van tekst op stdin (standaard: md)
      --stdin-name <naam>    bestandsnaam voor tekst op stdin in de uitvoer (standaard: <stdin>)
  -q, --quiet                geen samenvatting en waarschuwingen op stderr
  -h, --help                 deze hulp
  -v, --version              versienummer

Exitcodes: 0 niets op of boven --fail-on; 1 wel; 2 gebruiksfout of een onleesbaar bestand.
`;

function need(argv: string[], i: number, flag: string): string {
  const v = argv[i + 1];
  if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${flag} verwacht een waarde`);
  return v;
}

export function parseArgs(argv: string[]): CliArgs {
  const a: CliArgs = { format: 'text', failOn: 'error', locale: 'nl', stdinFormat: 'markdown', stdinName: '<stdin>', quiet: false, help: false, version: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => (eq > 0 ? arg.slice(eq + 1) : need(argv, i++, flag));
    switch (flag) {
      case '-f': case '--format': {
        const v = value();
        if (!(OUTPUT_FORMATS as readonly string[]).includes(v)) throw new UsageError(`onbekend formaat "${v}"; kies ${OUTPUT_FORMATS.join(', ')}`);
        a.format = v as OutputFormat;
        break;
      }
      case '-o': case '--output': a.output = value(); break;
      case '--fail-on': {
        const v = value();
        if (v !== 'none' && !(SEVERITIES as readonly string[]).includes(v)) throw new UsageError(`--fail-on: kies error, warning, info, hint of none (niet "${v}")`);
        a.failOn = v as CliArgs['failOn'];
        break;
      }
      case '--locale': {
        const v = value();
        if (v !== 'nl' && v !== 'en') throw new UsageError(`--locale: kies nl of en (niet "${v}")`);
        a.locale = v;
        break;
      }
      case '-c': case '--config': a.config = value(); break;
      case '--workers': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError('--workers verwacht een geheel getal van 1 tot 64');
        a.workers = n;
        break;
      }
      case '--max-size': {
        const n = Number(value());
        if (!(n > 0)) throw new UsageError('--max-size verwacht een positief aantal kilobytes');
        a.maxSizeKB = n;
        break;
      }
      case '--stdin-format': {
        const v = value();
        if (!['md', 'markdown', 'txt', 'plaintext', 'text'].includes(v)) throw new UsageError('--stdin-format: kies md of txt');
        a.stdinFormat = v === 'md' || v === 'markdown' ? 'markdown' : 'plaintext';
        break;
      }
      case '--stdin-name': a.stdinName = value(); break;
      case '-q': case '--quiet': a.quiet = true; break;
      case '-h': case '--help': a.help = true; break;
      case '-v': case '--version': a.version = true; break;
      default:
        if (arg !== '-' && arg.startsWith('-')) throw new UsageError(`onbekende optie "${arg}" (zie --help)`);
        a.inputs.push(arg);
    }
  }
  return a;
}
