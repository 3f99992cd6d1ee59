/**
 * Measures the clause reader (src/core/read/clause.ts) against hand-checked UD Dutch trees: for each sentence whose
 * root clause is finite, does the reader's main clause find the same finite verb and a subject that holds the gold
 * subject's head (`nsubj`, `nsubj:pass` of the root)? Sentences without a gold subject (imperatives, "er" as
 * expletive subject only) count as right when the reader reports no noun-phrase subject either.
 *
 *   node scripts/build-lexicon.mjs --train alpino-dev,lassysmall-dev --out /tmp/lexdev/lexicon-data.ts
 *   npx tsx scripts/eval-clauses.ts /tmp/lexdev/lexicon-data.ts ../shared/data/ud-dutch/nl_{alpino,lassysmall}-ud-test.conllu
 *   npx tsx scripts/eval-clauses.ts shipped ../shared/data/ud-dutch/nl_alpino-ud-dev.conllu --show 30   # errors to study (dev only)
 *
 * Held-out figures use a lexicon trained on the dev files and the test files to score (docs/lexicon.md); study the
 * errors on the dev files only.
 */
import * as fs from 'fs';
import { Lexicon, tagWords, type Tag } from '../src/core/read/lexicon';
import { readClauses, type Clause } from '../src/core/read/clause';
import type { Token } from '../src/core/text/tokens';

const noList = process.argv.includes('--no-wordlist');
const args = process.argv.slice(2).filter((a) => a !== '--no-wordlist');
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;
const files = args.slice(1).filter((a, i, all) => a !== '--show' && all[i - 1] !== '--show');
const lexArg = args[0];
const tag: (words: readonly string[]) => Tag[] = lexArg === 'shipped'
  ? tagWords
  : ((lex) => { lex.useWordList = !noList; return (w: readonly string[]) => lex.tagWords(w); })(new Lexicon(/LEXICON_DATA = `([^`]*)`/.exec(fs.readFileSync(lexArg, 'utf8'))![1]));

interface Row { id: number; form: string; upos: string; head: number; deprel: string; finite: boolean }
interface Sent { text: string; rows: Row[] }

function read(file: string): Sent[] {
  const out: Sent[] = [];
  let rows: Row[] = [], text = '';
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '') { if (rows.length) out.push({ text, rows }); rows = []; text = ''; continue; }
    if (line.startsWith('# text = ')) { text = line.slice(9); continue; }
    const c = line.split('\t');
    if (line.startsWith('#') || !/^\d+$/.test(c[0])) continue;
    rows.push({ id: Number(c[0]), form: c[1], upos: c[3], head: Number(c[6]), deprel: c[7], finite: /VerbForm=Fin/.test(c[5]) });
  }
  if (rows.length) out.push({ text, rows });
  return out;
}

function tokensOf(rows: Row[]): Token[] {
  let pos = 0;
  return rows.map((r) => {
    const t: Token = { start: pos, end: pos + r.form.length, text: r.form, low: r.form.toLowerCase(),
      kind: r.upos === 'PUNCT' ? 'punct' : /^\d/.test(r.form) ? 'number' : 'word' };
    pos += r.form.length + 1;
    return t;
  });
}

const count = { sentences: 0, scored: 0, finiteOk: 0, subjOk: 0, bothOk: 0, noMain: 0, goldSubj: 0, goldNoSubj: 0, subjMissed: 0, subjWrongSpan: 0, subjSpurious: 0, er: 0 };
const errors: string[] = [];
for (const f of files) for (const s of read(f)) {
  count.sentences++;
  const root = s.rows.find((r) => r.deprel === 'root');
  if (!root) continue;
  // The finite verb of the root clause: the root itself, or its finite aux/cop.
  const fin = root.finite ? root : s.rows.find((r) => r.head === root.id && (r.deprel === 'aux' || r.deprel === 'cop' || r.deprel === 'aux:pass') && r.finite);
  if (!fin) continue;
  // Questions and sentences whose root clause is not declarative are left out.
  if (/\?\s*$/.test(s.text)) continue;
  count.scored++;
  const subj = s.rows.find((r) => r.head === root.id && (r.deprel === 'nsubj' || r.deprel === 'nsubj:pass'));
  const tokens = tokensOf(s.rows);
  const clauses = readClauses(tokens, tag(tokens.map((t) => t.text)));
  // The reader's clause that holds the gold finite verb, else its first main clause with a finite verb.
  const main: Clause | undefined = clauses.find((c) => !c.subordinate && c.finite === fin.id - 1) ?? clauses.find((c) => !c.subordinate && c.finite >= 0);
  if (!main) { count.noMain++; if (errors.length < show) errors.push(`NO-MAIN  ${s.text}`); continue; }
  // "er" read as the placeholder subject of an existential ("Er komt een team"): the reader keeps "er" on purpose, so
  // the sentence is left out of every figure.
  if (subj && main.subject && tokens[main.subject[0]].low === 'er' && subj.id - 1 > main.subject[0]) { count.er++; count.scored--; continue; }
  const finiteOk = main.finite === fin.id - 1;
  if (finiteOk) count.finiteOk++;
  let subjOk: boolean;
  if (subj) {
    count.goldSubj++;
    const h = subj.id - 1;
    subjOk = !!main.subject && h >= main.subject[0] && h < main.subject[1];
    if (!main.subject) count.subjMissed++;
    else if (!subjOk) count.subjWrongSpan++;
  } else {
    count.goldNoSubj++;
    subjOk = !main.subject || main.subjectKind === 'impersonal' || main.subjectKind === 'none';
    if (!subjOk) count.subjSpurious++;
  }
  if (subjOk) count.subjOk++;
  if (subjOk && finiteOk) count.bothOk++;
  if (!(subjOk && finiteOk) && errors.length < show) {
    const span = main.subject ? tokens.slice(main.subject[0], main.subject[1]).map((t) => t.text).join(' ') : '—';
    errors.push(`${finiteOk ? '' : `FIN[${tokens[main.finite]?.text ?? '—'}≠${fin.form}] `}SUBJ[${span} | gold ${subj?.form ?? '—'}]  ${s.text}`);
  }
}
const pct = (a: number, b: number): string => `${((100 * a) / b).toFixed(1)} %`;
console.log(`sentences ${count.sentences}, scored (finite root clause, not a question) ${count.scored}`);
console.log(`main clause found ${pct(count.scored - count.noMain, count.scored)}; finite verb right ${pct(count.finiteOk, count.scored)}; subject right ${pct(count.subjOk, count.scored)}; both ${pct(count.bothOk, count.scored)}`);
console.log(`with a gold subject ${count.goldSubj}: missed ${count.subjMissed}, other span ${count.subjWrongSpan}, "er" kept as placeholder (left out of the figures) ${count.er}; without ${count.goldNoSubj}: a subject reported ${count.subjSpurious}`);
if (errors.length) console.log('\n' + errors.join('\n'));
