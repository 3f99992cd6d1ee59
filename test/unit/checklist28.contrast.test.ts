/**
 * Contrast pairs of the twenty-seventh session (invented sentences): nouns in "-schap" are bodies only in a closed
 * set (waterschap, hoogheemraadschap, vennootschap, genootschap); "leiderschap", "eigenaarschap", "zeggenschap" are
 * qualities and act for nobody. Parties that keep each other informed lay down an information duty between them: a
 * shared work process (K3.werkprocessen), as a joint inspection ("gezamenlijke schouw") is.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { findActors } from '../../src/core/recognize/actors';
import { buildDocument } from '../../src/core/document';

const actors = (text: string): string[] => findActors(buildDocument(text + '\n', 'markdown').sentences[0].tokens).map((a) => a.text.toLowerCase());

describe('checklist28 contrast: bodies in "-schap" (actor recognition)', () => {
  it('the water authorities and the forms of association are bodies', () => {
    assert.deepEqual(actors('Het waterschap en het hoogheemraadschap beheren de dijk.'), ['waterschap', 'hoogheemraadschap']);
    assert.deepEqual(actors('De besloten vennootschap levert de grond.'), ['vennootschap']);
    assert.deepEqual(actors('De waterschappen betalen de helft.'), ['waterschappen']);
  });
  it('qualities and states in "-schap" are not', () => {
    assert.deepEqual(actors('Leiderschap is hierin bepalend.'), []);
    assert.deepEqual(actors('Het eigenaarschap ligt bij de gemeente.'), ['gemeente']);
    assert.deepEqual(actors('Inwoners krijgen meer zeggenschap over hun buurt.'), []);
    assert.deepEqual(actors('Het landschap en de wetenschap vragen om partnerschap.'), []);
  });
  it('a common word or a law, programme or register in capitals is no body; an unknown acronym still is', () => {
    assert.deepEqual(actors('BRIEF AAN DE RAAD'), ['raad']);
    assert.deepEqual(actors('Het IZA en de KRW vragen om actie van de VNG.'), ['vng']);
    assert.deepEqual(actors('De RUD en de ODH werken samen.'), ['rud', 'odh']);
  });
  it('compounds that end in an organisation word but name a thing, a place or a process are no actors', () => {
    assert.deepEqual(actors('De woningvoorraad groeit volgens de leidraad.'), []);
    assert.deepEqual(actors('Na de reorganisatie werken de medewerkers in loondienst in het stadscentrum.'), []);
    assert.deepEqual(actors('Het gemeentehuis gaat om 17 uur dicht.'), []);
    assert.deepEqual(actors('De cliëntenraad en het expertisecentrum geven advies.'), ['cliëntenraad', 'expertisecentrum']);
  });
});

/** K3.werkprocessen of an invented agreement whose article holds `body`. */
const processes = (body: string): boolean | null =>
  analyze(`# Overeenkomst onderhoud Lindebeek\n\nPartijen komen het volgende overeen.\n\n## Artikel 1\n\n${body}\n`).checklist['K3.werkprocessen'].met;

describe('checklist28 contrast: an information duty between the parties (K3.werkprocessen)', () => {
  it('parties that inform each other, or keep each other informed, align their work', () => {
    assert.equal(processes('Partijen informeren elkaar tijdig over de aanvang van werkzaamheden.'), true);
    assert.equal(processes('Partijen houden elkaar op de hoogte van de voortgang.'), true);
    assert.equal(processes('Elke partij is verplicht de andere partij tijdig op de hoogte te brengen van werkzaamheden.'), true);
  });
  it('one party informing another, or informing residents, is no shared process', () => {
    assert.equal(processes('De gemeente houdt het waterschap op de hoogte van de voortgang.'), false);
    assert.equal(processes('We informeren de inwoners over de werkzaamheden.'), false);
    assert.equal(processes('Partijen informeren elkaar niet over de werkzaamheden.'), false);
  });
  it('a joint inspection fixes the work; an inspection of one party does not', () => {
    assert.equal(processes('De omvang van het onderhoud wordt bij de jaarlijkse gezamenlijke schouw vastgelegd.'), true);
    assert.equal(processes('Het waterschap houdt jaarlijks een schouw.'), false);
  });
});

/** The message of the regie/hol finding on an invented nota whose body is `body` ('' when there is none). */
const holMessage = (body: string): string => analyze(`# Nota wonen Lindewaard\n\n## Aanpak\n\n${body}\n`).findings.find((f) => f.rule === 'regie/hol')?.message ?? '';

describe('checklist28 contrast: a noun phrase that goes on after a comma keeps the holder of its clause (regie/hol)', () => {
  it('"vervullen wij een proactieve, regisserende … rol": "wij" holds the role', () => {
    assert.match(holMessage('In de uitvoering van onze taken vervullen wij een proactieve, regisserende en verbindende rol.'), /"wij" claimt regie/);
  });
  it('a clause with its own verb after the comma, or a subordinate clause before it, gives no holder', () => {
    assert.match(holMessage('De gemeente werkt aan de plannen, regie is nodig.'), /wie voert hier regie\?/);
    assert.match(holMessage('Als de wijk verandert, regisserende partijen en betrokken bewoners ontbreken.'), /wie voert hier regie\?/);
  });
});
