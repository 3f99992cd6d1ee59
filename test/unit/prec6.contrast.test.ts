/**
 * Contrast suites for findings a reviewer can trust (issue 13, findings precision, round prec6): per kind of false
 * positive a text the rule must leave alone and a minimal variant (one change) it must still flag. The kinds come
 * from the guide (real-documents part 1, judgement §5): a hedge in a sentence that commits nothing, norm or scheme
 * content whose doer is the instrument, a goal whose measure follows below it, and regie assigned as a task. Every
 * sentence, place and organisation here is invented.
 */
import { strict as assert } from 'assert';
import { flagged, yes, no, convenant } from './contrast';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { unitOf } from '../../src/core/read/unit';


const plan = (body: string): string => `# Programma Wonen Kreekhaven\n\n${body}\n`;

describe('prec6 contrast: taal/voorbehoud in a sentence that commits nothing', () => {
  const V = 'taal/voorbehoud';
  it('a description of the present state of affairs', () => {
    no(plan('Corporaties bouwen momenteel zoveel mogelijk sociale huurwoningen in de kernen.'), V);
    yes(plan('Corporaties bouwen zoveel mogelijk sociale huurwoningen in de kernen.'), V);
    no(plan('In veel gemeenten wordt waar mogelijk samengewerkt met de corporaties.'), V);
    yes(plan('In Kreekhaven wordt waar mogelijk samengewerkt met de corporaties.'), V);
  });
  it('the cited content of a law is no commitment of this text', () => {
    no(plan('De wet biedt in beginsel ruimte voor tijdelijke woningen.'), V);
    yes(plan('De gemeente biedt in beginsel ruimte voor tijdelijke woningen.'), V);
  });
  it('an explained effect ("Hiermee …") describes what follows from a measure', () => {
    no(plan('Hiermee worden gezinnen zoveel mogelijk in hun woning gehouden.'), V);
    yes(plan('Daarnaast worden gezinnen zoveel mogelijk in hun woning gehouden.'), V);
    // The author's own act opened by "zo" stays a commitment.
    yes(plan('Zo bouwen we zoveel mogelijk in de kernen.'), V);
  });
  it('an explanation or interpretation frame ("dit betekent dat", "de gedachte is dat")', () => {
    no(plan('Dit betekent dat de zorg waar mogelijk dichter bij huis komt.'), V);
    yes(plan('We brengen de zorg waar mogelijk dichter bij huis.'), V);
    no(plan('De gedachte hierachter is dat wij zoveel mogelijk van de partners leren.'), V);
    yes(plan('Wij leren zoveel mogelijk van de partners.'), V);
    no(plan('Deze aanpak biedt de mogelijkheid om waar nodig maatwerk te leveren.'), V);
  });
  it('a paragraph labelled as explanation, or a label line used as a heading', () => {
    no(plan('Toelichting: het college verleent in beginsel een bijdrage aan initiatieven van bewoners.'), V);
    yes(plan('Het college verleent in beginsel een bijdrage aan initiatieven van bewoners.'), V);
    no(plan('Toelichting\n\nHet college verleent in beginsel een bijdrage aan initiatieven van bewoners.'), V);
    yes(plan('Bijdragen\n\nHet college verleent in beginsel een bijdrage aan initiatieven van bewoners.'), V);
  });
  it('a recitals label line holds until another label line or the enacting formula', () => {
    const doc = (between: string) => `# Convenant Kreekhaven\n\nOverwegingen\n\n- Corporaties werken waar mogelijk samen in de regio.\n\n${between}\n\n- De woonstichting bouwt zoveel mogelijk woningen.\n`;
    assert.deepEqual(flagged(doc('Afspraken'), V), ['zoveel mogelijk']);
    assert.deepEqual(flagged(doc('Partijen komen het volgende overeen:'), V), ['zoveel mogelijk']);
    assert.deepEqual(flagged(doc('- Partijen willen de wachtlijsten verkorten.'), V), []);
  });
  it('an introduction or legal frame is background; a section of measures is not', () => {
    no(plan('## Inleiding\n\nHet college verleent in beginsel een bijdrage aan initiatieven van bewoners.'), V);
    yes(plan('## Maatregelen\n\nHet college verleent in beginsel een bijdrage aan initiatieven van bewoners.'), V);
    no(plan('## Wettelijk kader\n\nGemeenten stemmen hun plannen waar mogelijk af op de regio.'), V);
    yes(plan('## Samenwerking\n\nGemeenten stemmen hun plannen waar mogelijk af op de regio.'), V);
  });
  it('recitals opened by "constaterende dat" or "nemen in overweging" state reasons', () => {
    const recitals = (open: string) => `# Convenant Kreekhaven\n\nDe gemeente Kreekhaven en Woonstichting Lindehof,\n\n${open}\n\n- partijen in principe dezelfde doelen nastreven;\n\nkomen het volgende overeen:\n\nDe woonstichting wijst jaarlijks 40 woningen toe aan jongeren.\n`;
    no(recitals('constaterende dat:'), V);
    no(recitals('voorts overwegende dat:'), V);
    // The same list after an enacting formula is the operative text.
    yes(`# Convenant Kreekhaven\n\nDe gemeente Kreekhaven en Woonstichting Lindehof komen het volgende overeen:\n\n- partijen werken in principe met dezelfde wachtlijst;\n`, V);
  });
});

describe('prec6 contrast: taal/voorbehoud on a reason, a purpose or a nominalised act', () => {
  const V = 'taal/voorbehoud';
  it('a fronted clause of purpose or reason', () => {
    no(plan('Om de buurt zoveel mogelijk te betrekken, sluiten we de horeca om 01.00 uur.'), V);
    yes(plan('We betrekken de buurt zoveel mogelijk en sluiten de horeca om 01.00 uur.'), V);
    no(plan('Aangezien de middelen in principe eenmalig zijn, kiezen we voor projecten met een kort verloop.'), V);
    yes(plan('De middelen zijn eenmalig, dus kiezen we in principe voor projecten met een kort verloop.'), V);
  });
  it('a reason after "want"', () => {
    no(plan('We openen een tweede wijkcentrum, want zo kunnen ouderen waar mogelijk in de wijk blijven.'), V);
    yes(plan('We openen waar mogelijk een tweede wijkcentrum in de wijk.'), V);
  });
  it('a nominalised act after an article is the object, not the act', () => {
    no(plan('Het programma draagt bij aan het zoveel mogelijk begeleiden van jongeren naar werk.'), V);
    yes(plan('We begeleiden jongeren zoveel mogelijk naar werk.'), V);
  });
  it('a need condition on an act that happens only when needed (referring, consulting)', () => {
    no(plan('Waar nodig verwijst de wijkcoach de ouders naar de huisarts.'), V);
    yes(plan('Waar nodig maakt de gemeente budget vrij voor de wijkcoach.'), V);
    no(plan('Waar nodig wordt verwezen naar eerdere besluiten.'), V);
  });
  it('a value frame ("het gaat erom dat", "belangrijk is dat")', () => {
    no(plan('Het gaat erom dat inwoners zo veel mogelijk zelf de boodschappen doen.'), V);
    // (Twelfth session: "Inwoners doen zo veel mogelijk zelf …" is the autonomy of another party, study13; the
    // author's own act keeps the hedge.)
    yes(plan('We doen zo veel mogelijk zelf de boodschappen voor inwoners die slecht ter been zijn.'), V);
    no(plan('Belangrijk daarbij is dat de zorg waar mogelijk in de buurt wordt georganiseerd.'), V);
  });
  it('what precedes the agreement formula states reasons', () => {
    const text = (formula: string) => `# Convenant Kreekhaven\n\nDe gemeente Kreekhaven en Woonstichting Lindehof.\n\nCorporaties werken in de regio waar mogelijk samen.\n\n${formula}\n\nDe woonstichting bouwt jaarlijks 40 woningen voor jongeren.\n\nDe gemeente levert de grond binnen zes maanden.\n\nDe woonstichting meldt de voortgang elk kwartaal.\n\nDe gemeente betaalt de helft van de kosten.\n`;
    no(text('Partijen komen het volgende overeen:'), V);
    yes(text('Daarnaast:'), V);
  });
});

describe('prec6: the part before the agreement formula', () => {
  it('reasons become recitals; the parties and their representatives keep their role', () => {
    const text = `# Convenant Kreekhaven\n\n## Partijen\n\n1. De gemeente Kreekhaven, vertegenwoordigd door de wethouder;\n2. Woonstichting Lindehof, vertegenwoordigd door de directeur.\n\n## Aanpak\n\nCorporaties werken in de regio waar mogelijk samen.\n\nPartijen komen het volgende overeen:\n\nDe woonstichting bouwt jaarlijks 40 woningen voor jongeren.\n\nDe gemeente levert de grond binnen zes maanden.\n\nDe woonstichting meldt de voortgang elk kwartaal.\n\nDe gemeente betaalt de helft van de kosten.\n\nDe woonstichting wijst een contactpersoon aan.\n\nDe gemeente meldt knelpunten binnen twee weken.\n\nPartijen evalueren het convenant in 2028.\n`;
    const doc = buildDocument(text, 'markdown');
    const role = (needle: string) => unitOf(doc, doc.sentences.findIndex((x) => x.raw.includes(needle))).role;
    assert.equal(role('vertegenwoordigd door de wethouder'), 'body');
    assert.equal(role('waar mogelijk samen'), 'preamble');
    assert.equal(role('bouwt jaarlijks'), 'body');
  });
});

describe('prec6 contrast: eigenaar/passief, norm or scheme content of the instrument', () => {
  const P = 'eigenaar/passief';
  it('a restriction or condition of the scheme', () => {
    no(convenant('De speeltuin wordt alleen opgeknapt als het budget dat toelaat.'), P);
    yes(convenant('De speeltuin wordt opgeknapt als het budget dat toelaat.'), P);
    no(convenant('Aan de huur van de speeltuin worden voorwaarden verbonden.'), P);
    no(convenant('Aan de huur van de speeltuin worden eisen gesteld.'), P);
    yes(convenant('Aan de huur van de speeltuin wordt gewerkt.'), P);
  });
  it('an assessment criterion', () => {
    no(convenant('Projecten worden beoordeeld op hun bijdrage aan de leefbaarheid.'), P);
    yes(convenant('Projecten worden in het najaar opgepakt.'), P);
  });
  it('an entitlement of the scheme\'s beneficiary', () => {
    no(convenant('De reiskosten worden aan de deelnemer vergoed.'), P);
    yes(convenant('De reiskosten worden vergoed.'), P);
    no(convenant('De werknemer wordt begeleid naar ander werk.'), P);
    yes(convenant('De verhuizing wordt begeleid.'), P);
  });
});

describe('prec6 contrast: doel/vaag, the measure follows below the goal', () => {
  const D = 'doel/vaag';
  it('a list directly below the goal with numbers or dates', () => {
    no(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren. Daarvoor nemen we de volgende maatregelen:\n\n- vóór 1 juli 2027 bouwen we 300 sociale huurwoningen;\n- in 2028 zijn er 40 nieuwe speelplekken.'), D);
    yes(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren. Daarvoor nemen we de volgende maatregelen:\n\n- we bouwen meer sociale huurwoningen;\n- we maken meer speelplekken.'), D);
  });
  it('the next paragraph carries the number when it takes the goal up', () => {
    no(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren.\n\nDaarom bouwen we in 2027 150 woningen in de Lindewijk.'), D);
    yes(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren.\n\nIn 2027 hebben 150 extra jongeren een startkwalificatie.'), D);
  });
  it('a concrete measure that takes up the goal (a link back, or the list below)', () => {
    no(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren. Daarom stellen we voor elke wijk een wijkplan op.'), D);
    yes(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren. Daarnaast stellen we voor elke wijk een wijkplan op.'), D);
    no(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren:\n\n- we stellen voor elke wijk een wijkplan op.'), D);
    yes(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren:\n\n- we zetten in op meer ontmoeting.'), D);
  });
  it('a number beyond the list below does not count', () => {
    yes(plan('## Wonen\n\nWe willen de leefbaarheid in de wijken verbeteren.\n\n- We bouwen meer sociale huurwoningen.\n\nIn 2027 zijn er 300 woningen bijgebouwd.'), D);
  });
});

describe('prec6 contrast: regie/hol, a holder with a mandate, task or instrument', () => {
  const cls = (text: string): string[] => { const doc = buildDocument(text, 'markdown'); return readRegie(doc).map((r) => r.class); };
  const H = 'regie/hol';
  it('the text assigns the regie as a task', () => {
    no(convenant('De gemeente Kreekhaven is belast met de regie over de wijkaanpak.'), H);
    yes(convenant('De gemeente Kreekhaven heeft de regie over de wijkaanpak.'), H);
    // Being responsible for the regie names only the holder (judgement §5: actor only).
    yes(convenant('De gemeente Kreekhaven is verantwoordelijk voor de regie over de wijkaanpak.'), H);
    no(convenant('De Stichting Welzijn Kreekhaven heeft tot taak de regie te voeren op de overdracht van de jeugdzorg.'), H);
    assert.deepEqual(cls(convenant('De Stichting Welzijn Kreekhaven heeft tot taak de regie te voeren op de overdracht van de jeugdzorg.')), ['gevuld']);
  });
  it('the regie concerns an instrument of this text, not a domain', () => {
    no(convenant('De gemeente Kreekhaven voert de regie over de uitvoering van dit convenant.'), H);
    yes(convenant('De gemeente Kreekhaven voert de regie in het sociaal domein.'), H);
  });
  it('regie over the process names its kind; regie over a buzzword does not', () => {
    no(convenant('De gemeente Kreekhaven voert de regie op het proces van de wijkaanpak.'), H);
    yes(convenant('De gemeente Kreekhaven voert de regie op de samenhang in de wijk.'), H);
  });
  it('regie exercised through an instrument (subsidies, procurement)', () => {
    no(convenant('De gemeente Kreekhaven voert de regie via de subsidieverlening aan de welzijnsinstellingen.'), H);
    yes(convenant('De gemeente Kreekhaven voert de regie bij de welzijnsinstellingen.'), H);
  });
  it('no holder, or a hedge, keeps it hollow', () => {
    yes(convenant('De regie over de uitvoering van dit convenant wordt belegd.'), H);
    yes(convenant('Zo mogelijk is de gemeente Kreekhaven belast met de regie over de wijkaanpak.'), H);
  });
});
