/**
 * Contrast pairs of the twenty-third session (invented sentences): who holds the regie when a prepositional phrase
 * follows the word. "de regie bij X" right after the word names a field when X is no party ("neemt de regie bij de
 * energietransitie"): the subject holds it; where the text places the regie ("ligt bij X", "onder regie van X"), X holds
 * it whatever kind of noun it is.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';

const NOTA = '# Nota energie en wonen Lindewaard\n\nDeze nota beschrijft de aanpak in de regio Lindewaard.\n\n## Aanpak\n\n';
const holMessages = (text: string): string[] => analyze(NOTA + text + '\n').findings.filter((f) => f.rule === 'regie/hol').map((f) => f.message);

describe('voice24 contrast: "regie bij X" right after the word is a field unless X is a party', () => {
  it('a field after "bij": the subject claims the regie', () => {
    const m = holMessages('De provincie neemt de regie bij de energietransitie.');
    assert.equal(m.length, 1);
    assert.match(m[0], /"provincie" claimt regie/);
    assert.doesNotMatch(m[0], /"de energietransitie" claimt/);
  });
  it('a party after "bij" right after the word holds it; a field there names no one; a field where the regie is placed holds it', () => {
    const party = holMessages('Er komt meer regie bij de gemeente.');
    assert.equal(party.length, 1);
    assert.match(party[0], /"gemeente" claimt regie/);
    const field = holMessages('Er komt meer regie bij de energietransitie.');
    assert.equal(field.length, 1);
    assert.match(field[0], /wie voert hier regie\?/);
    const placed = holMessages('De regie op de warmtetransitie ligt bij het gebied.');
    assert.equal(placed.length, 1);
    assert.match(placed[0], /"het gebied" claimt regie/);
  });
});
