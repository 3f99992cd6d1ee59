/**
 * Speed steps of branch speed24 (the incremental edit: the checklist and the profile when nothing changed), each exact.
 *
 * The checklist (`checklist/evaluate.ts`):
 * - K1.afnemers: whether a specific afnemer sentence names the target group as such ("bedoeld voor", "doelgroep zijn")
 *   is a text fact (`checklist:targetGroupMark`), carried over between analyses, instead of a vocabulary test of up to
 *   50 sentences per keystroke;
 * - K2.partners and K2.rollen stop once the result is known (three sentences that each added a partner or a head);
 * - `find`'s unit filter reads the unit without an evidence view per replayed hit; `membersAreAfnemers` is read once
 *   per model; K4.regiemiddelen's window starts at the sentence before the claim.
 * Property: along chains of edits (sentences replaced, added, removed, typos, lists, line breaks and blank lines) of
 * documents with target-group sentences, partners and roles, an `Analyzer` gives what a fresh analysis gives. Checked by
 * hand to fail (both tests) when the target-group fact is carried over from the previous model for every sentence
 * (changed ones too). The early stops change no cache: a wrong stop would change a fresh result as much (same-results).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import { editChains } from './edit-chains';

const RUNS = Number(process.env.FC_RUNS ?? 100);

const POOL = [
  'De aanpak is bedoeld voor mantelzorgers van ouderen met dementie.',
  'Mantelzorgers van ouderen met dementie lopen vast.',
  'Jongeren tussen 16 en 23 jaar zonder startkwalificatie zijn de doelgroep.',
  'Jongeren tussen 16 en 23 jaar zonder startkwalificatie vinden moeilijk werk.',
  'De inwoners van de wijk krijgen ondersteuning.',
  'Stichting Welzijn Noord verzorgt de cursussen voor de vrijwilligers.',
  'De GGD Hollands Midden levert twee fte voor de uitvoering.',
  'Het Wijkteam Oost voert de huisbezoeken uit.',
  'Woningcorporatie De Woonplaats stelt drie woningen beschikbaar.',
  'De gemeente neemt de regie en brengt de partners bijeen.',
];

const { incrementalIsFresh } = editChains({
  head: '# Samenwerkingsagenda mantelzorg\n\nDe partners spreken het volgende af:\n\n',
  pool: POOL,
  separators: [' ', '\n', '\n\n'],
  ops: ['sentence', 'sentence', 'add', 'remove', 'typo', 'list', 'break', 'blank'],
});

describe('speed24: the checklist when nothing changed (incremental = fresh)', function () {
  this.timeout(300_000);

  it('a target-group sentence changed in place, and back: the Analyzer follows K1.afnemers', () => {
    const head = '# Aanpak\n\nDe aanpak is bedoeld voor mantelzorgers van ouderen met dementie. Het college levert twee fte.\n\n';
    const a = `${head}Stichting Welzijn Noord verzorgt de cursussen.\n`;
    const b = a.replace('bedoeld voor', 'gemaakt voor');
    assert.equal(analyze(a).checklist['K1.afnemers'].met, true);
    assert.equal(analyze(b).checklist['K1.afnemers'].met, false);
    const an = new Analyzer();
    for (const t of [a, b, a, b, a]) assert.deepStrictEqual(an.analyze(t), analyze(t));
  });

  it('random edits of target groups, partners and roles: Analyzer = fresh', () => {
    fc.assert(incrementalIsFresh, { numRuns: RUNS, seed: 24 });
  });
});
