/**
 * Speed steps of branch speed23 (the incremental edit: the last passes that find nothing changed), each exact:
 * - rules/taal-overleg.ts: whether the title names a consultation body is kept for the last title tested, under its
 *   block key (`document.ts` `blockKeyOf`: kind and masked text, exactly what the test reads) and the vocabulary's
 *   matcher object (another one when the user's phrases change); every keystroke sliced the title, split it into
 *   words and looked each word up (≈ 15 µs of the rule's ≈ 23 µs; its walk of every sentence's fact is 1–2 µs).
 * Property: after every edit of a chain (a sentence changed, a typo, a sentence inserted or deleted, a paragraph split,
 * joined, added, removed, made a heading or a paragraph again, the title changed), an `Analyzer` gives what a fresh
 * analysis gives, with `taal/overleg` and a test rule that reports its counts and the title test. The answer is kept
 * per Analyzer (`carried`), so a fresh analysis tests the title itself and the property can see a stale answer: checked
 * by hand to fail when the answer is reused for a key of the same length (a title changed in place). The matcher
 * compare is a second guard: an Analyzer starts a new sentence cache (so no previous model) when the user's phrases
 * change, and the user-phrase test passes without it too (checked).
 * - rules/regie-hol.ts: a hollow reading's raw finding is kept per reading object and reported again as that object,
 *   so the engine's compare with the last Finding (`sameData`) is an identity test. A reading is the same object only
 *   while its sentence keeps its place and its reading (regie.ts). Property: edit chains over regie claims where a
 *   sentence of the same length replaces another (the same offsets, another holder: 'De gemeente' / 'Het college'),
 *   with a claim that takes its holder from the sentence before ('Zij houdt de regie.'); checked by hand to fail when
 *   the raw finding is kept per sentence (its memo) and offset instead of per reading object.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import type { DocumentRule, Rule } from '../../src/core/rules/types';
import { taalOverleg, overlegProfile } from '../../src/core/rules/taal-overleg';
import { titleSpan } from '../../src/core/rules/util';
import { fcParams } from '../fixtures/hostile/support';
import { incrementalIsFresh as incrementalProperty } from './incremental.harness';
import { editChains } from './edit-chains';

const RUNS = Number(process.env.FC_RUNS ?? 150);

/** Reports the title with taal/overleg's counts (bodies per 1,000 words, talk, concrete), so any wrong sum shows. */
const countRule: DocumentRule = {
  id: 'test/overleg-telling', key: null, defaultSeverity: 'info', scope: 'document', book: '-',
  title: { nl: 't', en: 't' }, explanation: { nl: '-', en: '-' }, fix: { nl: '-', en: '-' }, examples: { bad: [], good: [] },
  message: { nl: '{b} {t} {c} {h}', en: '{b} {t} {c} {h}' },
  families: ['praten', 'overleg'],
  check(ctx, report) {
    const p = overlegProfile(ctx.doc, ctx.family('praten'), ctx.family('overleg'));
    const span = titleSpan(ctx.doc);
    if (span) report({ ...span, data: { b: p.bodyDensity.toFixed(6), t: String(p.talk), c: String(p.concrete), h: String(p.bodyInTitle) } });
  },
};
const RULESET: readonly Rule[] = [taalOverleg, countRule];

// Bodies, talk and concrete outputs in several mixes (one sentence can hold a body and talk, or a body and an output).
const POOL = [
  'Het overleg bespreekt de ontwikkelingen in de wijken.',
  'De werkgroep stemt de activiteiten van de deelnemers op elkaar af.',
  'Het overleg komt vier keer per jaar bijeen.',
  'De stuurgroep stelt vóór 1 maart het wijkplan vast.',
  'Het overleg beslist over de verdeling van het wijkbudget van € 200.000.',
  'De deelnemers informeren elkaar over hun plannen.',
  'De bewoners wonen graag in de wijk.',
  'Het platform signaleert knelpunten en agendeert die bij de besturen.',
];
// The first two have the same length (a title changed in place keeps its length, and its block's key too).
const TITLES = ['Instelling Overleg Wijkzaken', 'Instelling Wijkplan Zuidoost', 'Afspraken'];

/** A paragraph or a heading (a heading's sentences count bodies only), its sentences from the pool. */
interface Para { heading: boolean; items: number[]; typo: number; breaks: boolean }
interface Doc { title: number; titleTypo: boolean; paras: Para[] }
const text = (p: Para): string => p.items.map((i, k) => (k === p.typo ? POOL[i].replace(/e/, 'a') : POOL[i])).join(p.breaks && !p.heading ? '\n' : ' ');
const render = (d: Doc): string => `# ${d.titleTypo ? TITLES[d.title].replace('Overleg', 'Overlag') : TITLES[d.title]}\n\n` + d.paras.map((p) => (p.heading ? `## ${text(p)}` : text(p)) + '\n\n').join('');

const paraArb = fc.record({
  heading: fc.constantFrom(false, false, false, true), items: fc.array(fc.nat(POOL.length - 1), { minLength: 1, maxLength: 4 }),
  typo: fc.integer({ min: -1, max: 3 }), breaks: fc.boolean(),
});
const docArb = fc.record({ title: fc.nat(TITLES.length - 1), titleTypo: fc.boolean(), paras: fc.array(paraArb, { minLength: 2, maxLength: 7 }) });
type Op = 'sentence' | 'typo' | 'insert' | 'delete' | 'split' | 'join' | 'heading' | 'add' | 'remove' | 'break' | 'title' | 'titletypo';
const editArb = fc.record({
  op: fc.constantFrom<Op>('sentence', 'sentence', 'typo', 'insert', 'delete', 'split', 'join', 'heading', 'add', 'remove', 'break', 'title', 'titletypo'),
  p: fc.nat(), k: fc.nat(), v: fc.nat(),
});
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(d: Doc, e: Edit): void {
  const pi = e.p % d.paras.length;
  const p = d.paras[pi];
  const k = e.k % p.items.length;
  switch (e.op) {
    case 'sentence': p.items[k] = e.v % POOL.length; break;
    case 'typo': p.typo = p.typo === k ? -1 : k; break;
    case 'insert': p.items.splice(k, 0, e.v % POOL.length); break;
    case 'delete': if (p.items.length > 1) p.items.splice(k, 1); break;
    // Split after sentence k (two blocks, the same sentences) or joined with the next paragraph.
    case 'split': if (k + 1 < p.items.length) d.paras.splice(pi + 1, 0, { heading: false, items: p.items.splice(k + 1), typo: -1, breaks: false }); break;
    case 'join': if (pi + 1 < d.paras.length) p.items.push(...d.paras.splice(pi + 1, 1)[0].items); break;
    // The same sentences as a heading or a paragraph again (a heading's sentences count their bodies only).
    case 'heading': p.heading = !p.heading; break;
    case 'add': d.paras.splice(pi, 0, { heading: false, items: [e.v % POOL.length], typo: -1, breaks: false }); break;
    case 'remove': if (d.paras.length > 1) d.paras.splice(pi, 1); break;
    case 'break': p.breaks = !p.breaks; break;
    case 'title': d.title = e.v % TITLES.length; break;
    // A typo in the title ('Overlag' names no body): the same length.
    case 'titletypo': d.titleTypo = !d.titleTypo; break;
  }
}
const copy = (d: Doc): Doc => ({ title: d.title, titleTypo: d.titleTypo, paras: d.paras.map((p) => ({ ...p, items: [...p.items] })) });
const overlegIsFresh = incrementalProperty(docArb, editArb, copy, apply, render, RULESET, 10);

describe('speed23: taal/overleg keeps the title test of the last title (incremental = fresh)', function () {
  this.timeout(300_000);

  it('a consultation text that tips over and back: the Analyzer follows', () => {
    const talk = 'Het overleg bespreekt de ontwikkelingen in de wijken. Het overleg komt vier keer per jaar bijeen. Het platform signaleert knelpunten en agendeert die bij de besturen. De deelnemers informeren elkaar over hun plannen.';
    const a = `# Instelling Overleg Wijkzaken\n\n${talk}\n\nDe bewoners wonen graag in de wijk.\n`;
    const b = `# Instelling Overleg Wijkzaken\n\n${talk}\n\nHet overleg beslist over de verdeling van het wijkbudget van € 200.000. De stuurgroep stelt vóór 1 maart het wijkplan vast. De stuurgroep stelt vóór 1 maart het wijkplan vast.\n`;
    const rules = [taalOverleg];
    assert.equal(analyze(a, { rules }).findings.length, 1);
    assert.equal(analyze(b, { rules }).findings.length, 0);
    const an = new Analyzer();
    for (const t of [a, b, a, a, b]) assert.equal(JSON.stringify(an.analyze(t, { rules: RULESET })), JSON.stringify(analyze(t, { rules: RULESET })));
  });

  it('random edit chains (sentences, their count, paragraphs and headings): Analyzer = fresh analysis', () => {
    fc.assert(overlegIsFresh, fcParams(RUNS));
  });

  it('the user\'s phrases for consultation bodies change the title test of the same text: the Analyzer follows', () => {
    const t = `# Wijkplan\n\n${'De deelnemers informeren elkaar over hun plannen. '.repeat(5)}De bewoners wonen graag in de wijk.\n`;
    const withBody = { phrases: { consultationBody: ['wijkplan'] } };
    const opts = (config?: typeof withBody) => ({ rules: RULESET, ...(config ? { config } : {}) });
    // Fresh results first, without and then with the phrase (the same title text: the same block key).
    const without = JSON.stringify(analyze(t, opts())), withPhrase = JSON.stringify(analyze(t, opts(withBody)));
    const h = (json: string): string => (JSON.parse(json) as { findings: Array<{ rule: string; message: string }> }).findings.find((f) => f.rule === countRule.id)!.message.split(' ')[3];
    assert.deepEqual([h(without), h(withPhrase)], ['false', 'true'], 'the phrase makes the title name a body');
    const an = new Analyzer();
    for (const c of [undefined, withBody, undefined, withBody, withBody]) assert.equal(JSON.stringify(an.analyze(t, opts(c))), c ? withPhrase : without);
  });
});

/** Regie claims of the same length with other holders, and a claim that takes its holder from the sentence before. */
const holChains = editChains({
  head: '# Afspraken\n\n',
  pool: ['De gemeente neemt de regie.', 'Het college neemt de regie.', 'Het college wil graag.', 'Zij houdt de regie.',
    'Er wordt regie gevoerd op de keten.', 'De provincie voert de regie en stelt € 1,2 miljoen beschikbaar.'],
  separators: [' ', '\n', '\n\n'],
  ops: ['sentence', 'sentence', 'sentence', 'break', 'blank', 'add', 'remove', 'typo'],
});

describe('speed23: regie/hol reports the same raw finding per reading object (incremental = fresh)', function () {
  this.timeout(600_000);

  it('the holder changes in the sentence before at the same offsets: the Analyzer follows', () => {
    const an = new Analyzer();
    for (const t of ['# A\n\nDe gemeente neemt de regie. Zij houdt de regie.\n', '# A\n\nHet college neemt de regie. Zij houdt de regie.\n',
      '# A\n\nHet college wil graag. Zij houdt de regie.\n', '# A\n\nDe gemeente neemt de regie. Zij houdt de regie.\n']) {
      assert.deepStrictEqual(an.analyze(t), analyze(t));
    }
  });

  it('random edit chains over regie claims: Analyzer = fresh analysis', () => {
    fc.assert(holChains.incrementalIsFresh, fcParams(RUNS));
  });
});
