/**
 * The regie reading (src/core/regie.ts, guide/judgement.md §5) on our own invented sentences: anders, naam,
 * gevuld, hol, and the fields the hover shows (actor, kind, means, deliverable).
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';

/** Read the regie words of one sentence placed after a neutral title and opening line (line 5). */
function read(sentence: string) {
  const r = analyze(`# Notitie\n\nDit is de notitie van het college over het sociaal domein.\n\n${sentence}\n`);
  return r.regie.filter((m) => m.line === 5);
}
const cls = (sentence: string) => read(sentence).map((m) => m.class);

describe('regie reading', () => {
  const table: Array<[string, string]> = [
    ['hol', 'Er komt meer regie op de zorgroute voor ouderen.'],
    ['hol', 'Alle partners voeren gezamenlijk regie op het netwerk.'],
    ['hol', 'Regie op mobiliteit ligt bij de wethouder.'],
    ['hol', 'Zo mogelijk komt er bestuurlijke regie op gebiedsniveau.'],
    ['hol', 'Er is een Regietafel Jeugd die de samenhang bewaakt.'],
    ['hol', 'Het Rijk heeft een regisserende rol in de woningbouwopgave.'],
    ['hol', 'De gemeente neemt de regie.'],
    ['gevuld', 'Er is een Regietafel Jeugd die vóór 1 juli een actieplan vaststelt.'],
    ['gevuld', 'De provincie voert de regie en stelt € 1,2 miljoen beschikbaar.'],
    ['gevuld', 'De wijkregisseur stelt binnen twee weken met het gezin een plan op.'],
    ['gevuld', 'Onder regie van Maasbrede werken school en jeugdarts aan vroegsignalering.'],
    ['gevuld', 'Op grond van de Omgevingswet heeft de provincie de regie over de ruimtelijke ordening.'],
    ['anders', 'Inwoners houden zelf de regie over hun leven.'],
    ['anders', 'Regie over eigen data is een recht van iedere inwoner.'],
    ['anders', 'Regie bij de inwoner is het vertrekpunt.'],
    ['naam', 'Het Regieteam Veiligheid komt maandelijks bijeen.'],
  ];
  for (const [want, sentence] of table) {
    it(`${want}: ${sentence}`, () => assert.deepEqual(cls(sentence), [want]));
  }

  it('fills the hover fields of a filled claim', () => {
    const [m] = read('De provincie voert procesregie en stelt € 1,2 miljoen beschikbaar.');
    assert.equal(m.class, 'gevuld');
    assert.equal(m.actor, 'provincie');
    assert.equal(m.kind, 'procesregie');
    assert.match(m.means ?? '', /1,2 miljoen/);
    const [d] = read('De wijkregisseur stelt binnen twee weken met het gezin een plan op.');
    assert.ok(d.deliverable && /stelt/.test(d.deliverable), d.deliverable);
  });

  it('keeps what a hollow claim lacks empty', () => {
    const [m] = read('De gemeente neemt de regie.');
    assert.equal(m.class, 'hol');
    assert.equal(m.actor, 'gemeente');
    assert.equal(m.kind ?? m.means ?? m.deliverable, undefined);
  });

  it('a body is introduced once: the founding clause is a claim, later mentions are names', () => {
    const text = '# Wonen\n\nEr is een Regietafel Wonen die de samenhang bewaakt.\n\nDe Regietafel Wonen vergadert zes keer per jaar.\n';
    const r = analyze(text).regie.map((m) => `${m.line}:${m.class}`);
    assert.deepEqual(r, ['3:hol', '5:naam']);
  });

  it('a passing reference to an existing body is a name, and the heading does not introduce it', () => {
    const text = '# Instelling Regiegroep Water\n\nOverwegende dat de Regiegroep Water eerder advies gaf.\n\nEr is een Regiegroep Water die de samenhang bewaakt.\n';
    assert.deepEqual(analyze(text).regie.map((m) => `${m.line}:${m.class}`), ['1:naam', '3:naam', '5:hol']);
  });

  it('a list item takes its actor from the lead-in and its tasks from the next item', () => {
    const text = '# Taken\n\nHet projectbureau:\n\n- voert de regie over het programma;\n- werft de deelnemers;\n- rapporteert elk kwartaal aan de stuurgroep.\n';
    const [m] = analyze(text).regie;
    assert.equal(m.class, 'gevuld');
    assert.equal(m.actor, 'projectbureau');
  });

  it('"we" is an actor in a single-author text but not when several parties speak', () => {
    const single = '# Koers\n\nWij als gemeente zetten in op jeugd.\n\nWe voeren de regie en stellen vóór 1 mei een plan van aanpak vast.\n';
    assert.deepEqual(analyze(single).regie.map((m) => m.class), ['gevuld']);
    const multi = '# Convenant\n\nPartijen komen het volgende overeen. De partners delen kennis. Partijen evalueren jaarlijks.\n\nWe voeren samen de regie en stellen een plan op.\n';
    assert.deepEqual(analyze(multi).regie.map((m) => m.class), ['hol']);
  });
});
