/**
 * Fourteenth session: what the study sets V (and the checklist evidence of the older study sets) showed, as Dutch
 * language with invented minimal pairs. Each pair is one text and the same text with one change that flips the
 * outcome. All sentences, places and organisations are made up; none is taken from an evaluation text.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { evaluateChecklist } from '../../src/core/checklist/evaluate';

function met(id: string, text: string): boolean | null {
  const doc = buildDocument(text, 'markdown');
  return evaluateChecklist(doc, readRegie(doc))[id].met;
}

interface Pair { why: string; yes: string; no: string }

function items(id: string, meaning: string, list: Pair[]): void {
  describe(`study15 checklist ${id}: ${meaning}`, () => {
    for (const p of list) {
      it(p.why, () => {
        assert.equal(met(id, p.yes), true, `expected met: ${p.yes}`);
        assert.equal(met(id, p.no), false, `expected not met: ${p.no}`);
      });
    }
  });
}

items('K1.behoefte', 'what the afnemers need or ask for, in results or qualities; not what the work or the situation requires', [
  { why: 'a demand for a product people get (parken, woningen) versus a demand for a way of working (aanpak)',
    yes: 'De groei van Lindewaard vraagt om meer parken van goede kwaliteit.',
    no: 'De groei van Lindewaard vraagt om een andere aanpak.' },
  { why: 'a need for a product versus a need for governance (sturing)',
    yes: 'Er is in Brakeldorp behoefte aan kleine woningen.',
    no: 'Er is in Brakeldorp behoefte aan sturing.' },
  { why: 'a compound approach noun is still an approach (systeemverandering) ',
    yes: 'De vergrijzing vraagt om meer woningen met zorg.',
    no: 'De vergrijzing vraagt om een systeemverandering.' },
  { why: 'the afnemers hold the need (ouders … behoefte aan) versus the organisations (gemeenten … behoefte aan)',
    yes: 'Ouders hebben behoefte aan rust en één vast aanspreekpunt.',
    no: 'Gemeenten hebben behoefte aan meer beleidsruimte.' },
  { why: 'a quality of the service for the residents (laagdrempelig, dichtbij) versus a state anyone wishes (veilig, betaalbaar) for everyone',
    yes: 'De toegang tot hulp is laagdrempelig en dichtbij voor inwoners van de wijk.',
    no: 'In Brakeldorp is het veilig en betaalbaar wonen voor iedereen.' },
  { why: 'a wished-for state for a named group (betaalbare woningen voor starters) versus the same for everyone',
    yes: 'Er komen betaalbare woningen voor starters.',
    no: 'Er komen betaalbare woningen voor iedereen.' },
]);
