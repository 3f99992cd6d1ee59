/**
 * Who speaks in the operative part, and the doctype and fase that follow from it (guide real-documents.md kind E,
 * section 4.3). Minimal pairs of invented texts: the same words in another structure must give another decision.
 * All places and organisations are made up.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { computeProfile, documentSpeaker } from '../../src/core/profile/profile';
import { titleHead } from '../../src/core/profile/doctype';

const doc = (text: string) => buildDocument(text, 'markdown');
const profile = (text: string) => { const d = doc(text); return computeProfile(d, readRegie(d)); };

const REGELING = `# Regeling buurtbudgetten Kreekhaven 2027

Het college van burgemeester en wethouders van Kreekhaven,
Gelet op artikel 149 van de Gemeentewet;
Besluit:

## Artikel 1
Een bewonersgroep kan een buurtbudget van ten hoogste € 5.000 aanvragen.

## Artikel 2
De aanvraag wordt binnen acht weken beslist.`;

const CIRCULAIRE_MET_CONVENANT = `# Circulaire proef buurtconciërges

Hierbij laat ik u weten dat de proef met buurtconciërges start. Ik vraag u mee te doen.

## Convenant buurtconciërges

Ondertekenende partijen:
1. De gemeente Dorrendam, te dezen vertegenwoordigd door de wethouder;
2. Woonstichting Lindehof, hierna: de corporatie;
3. Stichting Buurtwerk Oost, hierna: Buurtwerk.

Komen het volgende overeen:

1. De corporatie verbindt zich om drie conciërges in dienst te nemen.
2. De gemeente Dorrendam betaalt de helft van hun loon.

Aldus overeengekomen en ondertekend te Dorrendam.`;

const COALITIE = `# Samenwerkingsakkoord Brakeldorp 2026-2030

De coalitiepartijen leggen hier hun plannen voor de raadsperiode vast.
We bouwen 400 woningen, waarvan de helft betaalbaar. We openen in 2027 een tweede sporthal.
De coalitie vraagt het college de plannen uit te werken.`;

const PROGRAMMA_LOOPT = `# Wijkprogramma Dorrendam 2026

In 2025 hebben we zes speelplekken vernieuwd en twee moestuinen aangelegd.
Sinds 2024 loopt de aanpak van zwerfafval in drie wijken.
In 2026 vergroenen we acht schoolpleinen; daarvoor is € 320.000 begroot.
Vóór 1 juli openen we een buurtkamer in de Pijlstraat.`;

const PROGRAMMA_VOORSTEL = `# Wijkprogramma Dorrendam 2026

Dit stuk is in concept en bevat ons voorstel voor de wijken.
We stellen voor om de speelplekken in de wijken te vernieuwen.
We stellen de raad ook voor om meer groen op de schoolpleinen te brengen.
Daarnaast wordt voorgesteld de buurtkamers langer open te houden.`;

const RAADSVOORSTEL = `# Voorstel van het college inzake de verbouwing van zwembad De Kreek

Het zwembad is veertig jaar oud en voldoet niet meer aan de eisen.

Het college stelt de raad voor te besluiten als volgt:

De raad van de gemeente Kreekhaven,
gezien het voorstel van burgemeester en wethouders,

besluit:

I. een krediet van € 2,4 miljoen beschikbaar te stellen voor de verbouwing van zwembad De Kreek.`;

const RAADSVOORSTEL_JAARSTUKKEN = `# Voorstel van het college inzake de jaarstukken van het recreatieschap

Het recreatieschap heeft zijn jaarstukken 2025 aan de raad gestuurd.

Het college stelt de raad voor te besluiten als volgt:

De raad van de gemeente Kreekhaven,
gezien het voorstel van burgemeester en wethouders,

besluit:

I. de jaarrekening 2025 van het recreatieschap voor kennisgeving aan te nemen en over de begrotingswijziging geen zienswijze in te dienen.`;

describe('profile: who speaks in the operative part', () => {
  it('a regeling with "Gelet op" and "Besluit:" is spoken by one authority, named in its opening', () => {
    const s = documentSpeaker(doc(REGELING));
    assert.equal(s.kind, 'authority');
    assert.match(s.who ?? '', /college van burgemeester en wethouders/i);
    assert.ok(s.evidence.some((x) => /besluit/i.test(x.raw)));
  });
  it('a convenant carried by a circular is spoken by the parties, not by the minister who sends it', () => {
    assert.equal(documentSpeaker(doc(CIRCULAIRE_MET_CONVENANT)).kind, 'parties');
  });
  it('a coalition agreement is spoken by one author, the coalition', () => {
    const s = documentSpeaker(doc(COALITIE));
    assert.equal(s.kind, 'single-author');
    assert.match(s.who ?? '', /coalitie/);
  });
  it('a raadsvoorstel is spoken by the college, although it holds the council\'s "besluit:"', () => {
    const s = documentSpeaker(doc(RAADSVOORSTEL));
    assert.equal(s.kind, 'single-author');
    assert.equal(s.who, 'het college');
  });
  it('a description without operative part has no speaker', () => {
    assert.equal(documentSpeaker(doc('# Over de buurtbus\n\nDe buurtbus rijdt door vier dorpen. Chauffeurs zijn vrijwilligers. Het busje is elf jaar oud.')).kind, 'unknown');
  });
  it('is memoised per document model', () => {
    const d = doc(REGELING);
    assert.equal(documentSpeaker(d), documentSpeaker(d));
  });
});

describe('profile: doctype from the enacting structure', () => {
  it('a regeling with articles and "Besluit:" is a regeling that binds', () => {
    const p = profile(REGELING);
    assert.equal(p.doctype, 'regeling');
    assert.equal(p.fase, 'contracteren');
    assert.ok((p.cues.doctype ?? []).some((e) => /besluit|gelet op/i.test(e.text)), 'the enacting formula is shown');
  });
  it('a convenant published inside a circulaire counts as the convenant', () => {
    const p = profile(CIRCULAIRE_MET_CONVENANT);
    assert.equal(p.doctype, 'convenant');
    assert.equal(p.fase, 'contracteren');
  });
  it('the same circular without the agreement stays a regeling (an instruction of one authority)', () => {
    const text = '# Circulaire proef buurtconciërges\n\nHierbij laat ik u weten dat de proef met buurtconciërges start. Ik vraag u mee te doen.\n\nGemeenten die meedoen, melden dit vóór 1 mei bij mijn ministerie.';
    assert.equal(profile(text).doctype, 'regeling');
  });
  it('a coalition agreement titled with a compound word is an akkoord that forms', () => {
    const p = profile(COALITIE);
    assert.equal(p.doctype, 'akkoord');
    assert.equal(p.fase, 'formeren');
  });
  it('compound title heads: the genre noun is the head of the first genre word', () => {
    const head = (t: string) => titleHead(doc(`# ${t}\n\nTekst.`).sentences[0])?.type;
    assert.equal(head('Uitvoeringsakkoord Zorg Kreekhaven'), 'akkoord');
    assert.equal(head('Wijkprogramma Dorrendam 2026'), 'programma');
    assert.equal(head('Samenwerkingsconvenant Kustzorg'), 'convenant');
    assert.equal(head('Woonvisie Lindewaard'), 'nota');
    assert.equal(head('Besluit van de minister houdende vaststelling van het Kustprotocol'), 'regeling');
    assert.equal(head('Raadsvoorstel sporthal'), 'raadsvoorstel');
    assert.equal(head('Bestemmingsplan Kreekzone'), undefined);
  });
  it('"Gelet op" in prose is no preamble; at preamble position with a legal reference it is', () => {
    const prose = '# Openingstijden zwembad\n\nHet zwembad is in de zomer erg druk. Gelet op de drukte in het zwembad verlengen we de openingstijden. Ook komt er een extra badmeester.';
    assert.notEqual(profile(prose).doctype, 'regeling');
    const preamble = '# Openingstijden zwembad\n\nDe burgemeester van Kreekhaven,\nGelet op artikel 174 van de Gemeentewet;\nBesluit:\n\n## Artikel 1\nHet zwembad is in juli en augustus tot 22.00 uur open.';
    assert.equal(profile(preamble).doctype, 'regeling');
  });
  it('a raadsvoorstel with the council\'s draft decision is a raadsvoorstel, not a regeling', () => {
    assert.equal(profile(RAADSVOORSTEL).doctype, 'raadsvoorstel');
  });
});

describe('profile: fase from what the operative sentences do', () => {
  it('a programme reporting running work is in uitvoering; the same programme as a proposal is formeren', () => {
    const running = profile(PROGRAMMA_LOOPT);
    assert.equal(running.doctype, 'programma');
    assert.equal(running.fase, 'uitvoering');
    assert.equal(profile(PROGRAMMA_VOORSTEL).fase, 'formeren');
  });
  it('a raadsvoorstel that makes a credit available binds; one that takes note of annual accounts serves running work', () => {
    assert.equal(profile(RAADSVOORSTEL).fase, 'contracteren');
    const p = profile(RAADSVOORSTEL_JAARSTUKKEN);
    assert.equal(p.doctype, 'raadsvoorstel');
    assert.equal(p.fase, 'uitvoering');
  });
  it('a reference to an earlier letter of intent does not make a signed convenant formeren', () => {
    const text = `# Convenant Kustzorg

Dit convenant bouwt voort op de intentieverklaring van 2024, die in 2025 werd bevestigd in een tweede intentieverklaring.

De gemeente Kreekhaven, Stichting Kustzorg en huisartsenpraktijk De Duinen komen het volgende overeen:

## Artikel 1
Stichting Kustzorg levert vanaf 1 juni 2026 avondzorg in de drie kustdorpen.

Aldus overeengekomen en ondertekend te Kreekhaven.`;
    const p = profile(text);
    assert.equal(p.doctype, 'convenant');
    assert.equal(p.fase, 'contracteren');
  });
  it('a letter of intent by its own words is formeren', () => {
    const text = '# Intentieverklaring Kustzorg\n\nDe gemeente Kreekhaven en Stichting Kustzorg spreken de intentie uit om samen avondzorg op te zetten. Deze intentieverklaring is niet juridisch bindend.';
    const p = profile(text);
    assert.equal(p.doctype, 'convenant');
    assert.equal(p.fase, 'formeren');
  });
});
