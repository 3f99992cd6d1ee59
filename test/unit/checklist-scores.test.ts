/**
 * Properties of the four-key scores: integers in 0–100, monotonic in met items, phase weighting, length
 * normalisation of findings, and K4 when no regie is claimed.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { ChecklistResult, Fase, Finding } from '../../src/core/types';
import { CHECKLIST_IDS } from '../../src/core/checklist/items';
import { computeScores, itemWeight, K4_NOT_CLAIMED } from '../../src/core/scoring/scores';
import { analyze } from '../../src/core/engine';

const FASES: Fase[] = ['zoeken', 'formeren', 'contracteren', 'uitvoering'];
const ev = (n: number) => Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, line: 1, text: 'x' }));

function checklistFrom(states: Array<boolean | null>, evidence: number[]): Record<string, ChecklistResult> {
  return Object.fromEntries(CHECKLIST_IDS.map((id, i) => [id, { met: states[i], evidence: states[i] ? ev(evidence[i]) : [] }]));
}

function finding(rule: string, key: Finding['key']): Finding {
  return { rule, severity: 'warning', start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2, message: '', key, text: 'x', fingerprint: 'f' };
}

const arbState = fc.array(fc.constantFrom<boolean | null>(true, false, false, null), { minLength: 24, maxLength: 24 });
const arbEvidence = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 24, maxLength: 24 });
const arbFase = fc.constantFrom(...FASES);

describe('scores: properties', () => {
  it('are integers between 0 and 100 for every key', () => {
    fc.assert(fc.property(arbState, arbEvidence, arbFase, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 20000 }), (st, evn, fase, nf, words) => {
      const findings = Array.from({ length: nf }, (_, i) => finding(i % 3 ? 'eigenaar/passief' : 'geld/vaag', i % 3 ? 'K2' : 'K3'));
      const s = computeScores(checklistFrom(st, evn), findings, words, { fase });
      for (const k of ['K1', 'K2', 'K3', 'K4'] as const) {
        assert.ok(Number.isInteger(s[k]) && s[k] >= 0 && s[k] <= 100, `${k}=${s[k]}`);
      }
    }), { numRuns: 300 });
  });

  it('meeting one more item never lowers its key', () => {
    fc.assert(fc.property(arbState, arbEvidence, arbFase, fc.integer({ min: 0, max: 23 }), (st, evn, fase, flip) => {
      fc.pre(st[flip] === false);
      const before = computeScores(checklistFrom(st, evn), [], 1000, { fase });
      const after = st.slice();
      after[flip] = true;
      const s = computeScores(checklistFrom(after, evn), [], 1000, { fase });
      const key = CHECKLIST_IDS[flip].slice(0, 2) as 'K1' | 'K2' | 'K3' | 'K4';
      assert.ok(s[key] >= before[key], `${CHECKLIST_IDS[flip]}: ${before[key]} → ${s[key]}`);
    }), { numRuns: 300 });
  });

  it('all items met with three evidence sentences and no findings gives 100; no items met gives 0', () => {
    for (const fase of FASES) {
      const all = computeScores(checklistFrom(Array(24).fill(true), Array(24).fill(3)), [], 2000, { fase });
      assert.deepEqual(all, { K1: 100, K2: 100, K3: 100, K4: 100 });
      const none = computeScores(checklistFrom(Array(24).fill(false), Array(24).fill(0)), [], 2000, { fase });
      assert.deepEqual(none, { K1: 0, K2: 0, K3: 0, K4: 0 });
    }
  });

  it('missing money weighs more when contracting than when searching', () => {
    const st = CHECKLIST_IDS.map((id) => id !== 'K3.geld');
    const evn = Array(24).fill(3);
    const contracting = computeScores(checklistFrom(st, evn), [], 2000, { fase: 'contracteren' });
    const searching = computeScores(checklistFrom(st, evn), [], 2000, { fase: 'zoeken' });
    assert.ok(contracting.K3 < searching.K3, `contracteren ${contracting.K3} < zoeken ${searching.K3}`);
    assert.ok(itemWeight('K3.geld', 'contracteren') > itemWeight('K3.geld', 'zoeken'));
  });

  it('a thin pass (one evidence sentence) scores lower than a well-evidenced one', () => {
    const st = Array(24).fill(true);
    const thin = computeScores(checklistFrom(st, Array(24).fill(1)), [], 2000, { fase: 'formeren' });
    const thick = computeScores(checklistFrom(st, Array(24).fill(3)), [], 2000, { fase: 'formeren' });
    for (const k of ['K1', 'K2', 'K3', 'K4'] as const) assert.ok(thin[k] < thick[k], k);
  });

  it('findings are normalised by length: the same density costs the same in a short and a long text', () => {
    const st = Array(24).fill(true), evn = Array(24).fill(3);
    const f = (n: number) => Array.from({ length: n }, () => finding('eigenaar/passief', 'K2'));
    const short = computeScores(checklistFrom(st, evn), f(2), 1000, { fase: 'formeren' });
    const long = computeScores(checklistFrom(st, evn), f(20), 10000, { fase: 'formeren' });
    assert.equal(short.K2, long.K2);
    assert.ok(short.K2 < 100);
  });

  it('K4 with nothing claimed scores as "nothing claimed"', () => {
    const st = CHECKLIST_IDS.map((id) => (id.startsWith('K4') ? null : true));
    assert.equal(computeScores(checklistFrom(st, Array(24).fill(3)), [], 1000, { fase: 'formeren' }).K4, K4_NOT_CLAIMED);
  });

  it('a document-level gap (no afnemers at all) costs K1 points', () => {
    const st = Array(24).fill(true), evn = Array(24).fill(3);
    const base = computeScores(checklistFrom(st, evn), [], 1000, { fase: 'formeren' });
    const gap = computeScores(checklistFrom(st, evn), [finding('afnemer/ontbreekt', 'K1')], 1000, { fase: 'formeren' });
    assert.ok(gap.K1 < base.K1);
  });
});

describe('scores: end to end', () => {
  it('a purely vertical grant regeling keeps K2 at or below 50 (guide §4)', () => {
    const text = `# Regeling wijkbudgetten Holtwaard\n\nHet college van Holtwaard,\nGelet op de Subsidieverordening;\nBesluit:\n\n## Artikel 1\nDe wijkraden van Noord, Zuid en Oost ontvangen een subsidie van € 20.000 per jaar.\n\n## Artikel 2\nDe wijkraad, vertegenwoordigd door haar voorzitter, brengt vóór 1 april verslag uit aan het college. Bij niet-nakoming kan het college de subsidie terugvorderen. Een geschil wordt voorgelegd aan de ombudsman.\n\n## Artikel 3\nDe gemeente Holtwaard betaalt de subsidie; Stichting Brugwerk levert de ondersteuning.`;
    const r = analyze(text);
    assert.equal(r.profile.doctype, 'regeling');
    assert.ok(r.scores.K2 <= 50, String(r.scores.K2));
    const asConvenant = text.replace('# Regeling wijkbudgetten Holtwaard', '# Convenant wijkbudgetten Holtwaard').replace('Besluit:', 'Partijen komen het volgende overeen:').replace('Gelet op de Subsidieverordening;', '');
    assert.ok(analyze(asConvenant).scores.K2 > r.scores.K2);
  });
  it('a richer convenant scores higher on K3 than the same text without money and people', () => {
    const rich = `# Convenant Schuldhulp Holtwaard\n\nDe gemeente Holtwaard en Stichting Brugwerk komen het volgende overeen.\n\nDe gemeente betaalt jaarlijks € 250.000. Stichting Brugwerk zet drie fte schuldhulpcoaches in onder een projectleider. De stuurgroep besluit bij meerderheid. Vóór 1 juli rapporteert de projectleider over vier indicatoren. Alle aanmeldingen lopen via één loket.`;
    const poor = `# Convenant Schuldhulp Holtwaard\n\nDe gemeente Holtwaard en Stichting Brugwerk komen het volgende overeen.\n\nPartijen gaan goed samenwerken. De middelen worden later bepaald. Capaciteit wordt waar nodig vrijgemaakt.`;
    const a = analyze(rich), b = analyze(poor);
    assert.ok(a.scores.K3 > b.scores.K3, `${a.scores.K3} > ${b.scores.K3}`);
  });
});
