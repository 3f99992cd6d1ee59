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
 *
 * The profile (`profile/profile.ts` `decideRegierol`): whether a regie reading is a claim of the leading party is kept
 * per reading object (`claimVerdicts`) with what it read beyond the reading — the memo maps of the sentences just before
 * and after it, of its own sentence and of its heading's first sentence (actor kinds are text-only), whether the text is
 * a government's and whether the parties speak — and decided again when one of them is another.
 * The lead reading's holder of each regie claim (`lead.ts` `claimHolders`: the reading's own holder, read from its
 * sentence at its place) is kept per reading object; checked by hand to fail when kept per sentence index instead.
 * The profile's number of distinct partners (`distinctPartners`) is a fold: every sentence's partner keys and a count
 * per key, carried over; the changed middle's old keys taken off the counts and the new ones added (integers: the same
 * number as a walk). Property: along random chains of edits (sentences replaced, inserted, deleted, blocks split and
 * joined, a letter changed) the number of an Analyzer's model = a fresh model's; it fails when the old middle's keys
 * are left on the counts (`setPartnerFoldLooseForTests`).
 * Property: along chains of edits (sentences replaced, added, removed, typos, lists, line breaks and blank lines) of
 * documents with target-group sentences, partners and roles, an `Analyzer` gives what a fresh analysis gives. Checked by
 * hand to fail (both tests) when the target-group fact is carried over from the previous model for every sentence
 * (changed ones too). The early stops change no cache: a wrong stop would change a fresh result as much (same-results).
 * For the regie role: pairs that change the sentence just before or after an unchanged claim, and edit chains around
 * claims; they fail under `setClaimKeyForTests` (the verdict kept whatever it read), and checked by hand: the pair
 * "before" fails without the before-part of the key, the pair "after" without the after-part.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import { editChains } from './edit-chains';
import { foldIsFresh } from './fold-chains';
import { distinctPartners, setClaimKeyForTests, setPartnerFoldLooseForTests } from '../../src/core/profile/profile';

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

// ——— the profile: a regie reading's claim verdict kept per reading object ———

const REGIE_POOL = [
  'Zij houdt de regie.',
  'De regie ligt bij ons.',
  'Wij nemen de regie en brengen de partners bijeen.',
  'De gemeente neemt de regie.',
  'Gemeente Holtwaard betaalt de kosten.',
  'Het college besluit over de subsidie.',
  'Wij zorgen voor de uitvoering.',
  'De zorgaanbieder heeft de regie over de zorg.',
  'Stichting Welzijn Noord verzorgt de cursussen.',
  'Bewoners houden zelf de regie over hun leven.',
  'De procesregie ligt bij het wijkteam.',
];

const regieChains = editChains({
  head: '# Aanpak jeugd\n\n',
  pool: REGIE_POOL,
  separators: [' ', '\n', '\n\n'],
  // Typos keep a sentence's length (a neighbour changes while the reading stays the same object); a sentence replaced
  // or added after a claim changes its next sentence in place.
  ops: ['typo', 'typo', 'sentence', 'sentence', 'add', 'remove', 'list', 'break', 'blank'],
}).incrementalIsFresh;

describe('speed24: the regie role when nothing changed (incremental = fresh)', function () {
  this.timeout(300_000);

  // A claim without a holder ("Zij houdt de regie.") in a government text is the leading party's when an organisation
  // stands just after or just before it; each pair changes that sentence in another block, at the same length before
  // the claim, so the reading stays the same object and only the neighbour part of the verdict's key tells. (The
  // heading above a claim is in the reading's own key, regie.ts `readingKey`: a changed heading gives a new reading.)
  const G = '# Aanpak jeugd\n\nDe gemeente werkt aan een plan voor de jeugd.\n\nDit gaat over jongeren in de wijk.\n\n';
  const PAIRS: Array<[string, string, string, string]> = [
    ['the sentence after', `${G}Zij houdt de regie.\n\nStichting Welzijn Noord verzorgt de cursussen.\n`, `${G}Zij houdt de regie.\n\nBewoners doen mee aan de uitvoering.\n`, 'ordeningsregie'],
    ['the sentence before', `${G}Stichting Noord betaalt.\n\nZij houdt de regie.\n`, `${G}Een bewoner vraagt iets.\n\nZij houdt de regie.\n`, 'uitvoeringsregie'],
  ];
  for (const [what, a, b, rol] of PAIRS) {
    it(`${what} of a claim changed, the claim unchanged: the Analyzer follows the regie role`, () => {
      assert.equal(analyze(a).profile.regierol, rol);
      assert.equal(analyze(b).profile.regierol, 'geen');
      const an = new Analyzer();
      for (const t of [a, b, a, b]) assert.deepStrictEqual(an.analyze(t), analyze(t));
    });
  }

  // The lead reading's holder of a claim (lead.ts `claimHolders`) is kept per reading object: a claim whose holder is
  // changed in place (the same sentence index, another sentence) leads to another party and its acts. Checked by hand to
  // fail when the holder is kept per sentence index across an Analyzer's models.
  it('the holder of a claim changed in place: the Analyzer follows the lead reading', () => {
    const doc = (holder: string): string => `# Plan voor de wijk\n\n${holder} neemt de regie.\n\nDe gemeente brengt de partners bijeen.\n\nDe provincie stelt de regels vast en verleent de vergunningen.\n`;
    const a = doc('De gemeente'), b = doc('De provincie');
    assert.equal(analyze(a).profile.regierol, 'procesregie');
    assert.equal(analyze(b).profile.regierol, 'ordeningsregie');
    const an = new Analyzer();
    for (const t of [a, b, a, b]) assert.deepStrictEqual(an.analyze(t), analyze(t));
  });

  it('random edits around regie claims (neighbours, holders, lists): Analyzer = fresh', () => {
    fc.assert(regieChains, { numRuns: RUNS, seed: 241 });
  });

  it('fails when a claim verdict is kept whatever its window and document facts (the test can fail)', () => {
    setClaimKeyForTests(true);
    try {
      for (const [, a, b] of PAIRS) {
        const an = new Analyzer();
        an.analyze(a);
        assert.notEqual(an.analyze(b).profile.regierol, analyze(b).profile.regierol);
      }
      const out = fc.check(regieChains, { numRuns: RUNS, seed: 241 });
      assert.ok(out.failed, 'a stale claim verdict went unnoticed');
    } finally {
      setClaimKeyForTests(false);
    }
  });
});

// ——— the profile: the number of distinct partners as a fold ———

const PARTNER_POOL = [
  'De GGD en Stichting Welzijn Noord werken samen.',
  'Woningcorporatie De Woonplaats levert drie woningen.',
  'De gemeente betaalt.',
  'Het Wijkteam Oost voert de huisbezoeken uit.',
  'Bewoners doen mee.',
  'De GGD meldt de signalen.',
  'Stichting Welzijn Noord en het Wijkteam Oost overleggen.',
];
const partnersAreFresh = foldIsFresh(PARTNER_POOL, distinctPartners);

describe('speed24: the number of distinct partners as a fold (incremental = fresh)', function () {
  this.timeout(180_000);

  it('random chains of edits: the number of the Analyzer\'s model = the number of a fresh model', () => {
    fc.assert(partnersAreFresh, { numRuns: 300, seed: 242 });
  });

  it('fails when the changed middle\'s old keys stay on the counts (the test can fail)', () => {
    setPartnerFoldLooseForTests(true);
    try {
      const out = fc.check(partnersAreFresh, { numRuns: 300, seed: 242 });
      assert.ok(out.failed, 'a stale partner count went unnoticed');
    } finally {
      setPartnerFoldLooseForTests(false);
    }
  });
});
