/**
 * Eighteenth session: what a hedge qualifies and what counts as an amount, as invented minimal pairs. Each pair is one
 * text and the same text with one change that flips the outcome. All sentences, places and organisations are made
 * up; none is taken from an evaluation text.
 */
import { strict as assert } from 'node:assert';
import { findQuantities } from '../../src/core/recognize/quantity';
import { buildDocument } from '../../src/core/document';
import { unitOf } from '../../src/core/read/unit';
import { no, yes } from './contrast';

const nota = (body: string): string => `# Nota wijkaanpak Brakeldorp\n\nDeze nota beschrijft de aanpak van de gemeente Brakeldorp.\n\n## Aanpak\n\n${body}\n`;

describe('prec19 taal/voorbehoud: "samen om … te" is a clause of purpose', () => {
  it('a hedge in a later conjunct of "werken samen om … te …, waar mogelijk … te …": the effect aimed at', () => {
    no(nota('We werken samen om kansen in de grensregio te benutten en knelpunten te vinden, waar mogelijk weg te nemen en nieuwe te voorkomen.'), 'taal/voorbehoud');
    yes(nota('We proberen om kansen in de grensregio te benutten en knelpunten te vinden, waar mogelijk weg te nemen en nieuwe te voorkomen.'), 'taal/voorbehoud');
  });
  it('after a verb of trying the "om … te" clause is what is committed to: the hedge stays', () => {
    no(nota('We werken samen om waar mogelijk de wachtlijsten te verkorten.'), 'taal/voorbehoud');
    yes(nota('We proberen om waar mogelijk de wachtlijsten te verkorten.'), 'taal/voorbehoud');
  });
});

describe('prec19 taal/voorbehoud: a hedge in what another policy text holds', () => {
  it('", waarin we streven naar …" after a vision or plan reports that text; after a place it is the author\'s aim', () => {
    no(nota('Dit sluit aan bij onze Visie 2040, waarin we streven naar een dorp met kansen voor iedereen.'), 'taal/voorbehoud');
    no(nota('Dit sluit aan bij het uitvoeringsplan waarin we waar mogelijk de wachtlijsten verkorten.'), 'taal/voorbehoud');
    yes(nota('Dit sluit aan bij de wijk, waarin we waar mogelijk de wachtlijsten verkorten.'), 'taal/voorbehoud');
  });
});

describe('prec19 numbers: a single digit with "extra", "meer" or "minder" is an amount', () => {
  it('"3 extra gezonde levensjaren" is a count; "3 partners" alone is not', () => {
    assert.deepEqual(findQuantities('We streven naar 3 extra gezonde levensjaren in 2030.').map((q) => [q.kind, q.unit]), [['count', 'levensjaren']]);
    assert.deepEqual(findQuantities('Er komen 5 meer plekken bij.').map((q) => q.unit), ['plekken']);
    assert.deepEqual(findQuantities('We spreken met 3 partners.'), []);
    assert.deepEqual(findQuantities('Er zijn 3 meer dan vorig jaar.'), []);
  });
  it('so a target with such an amount and a year is measured: no hedge on "streven naar"', () => {
    no(nota('Op het gebied van gezondheid streven we naar 3 extra gezonde levensjaren voor alle inwoners in 2030.'), 'taal/voorbehoud');
    yes(nota('Op het gebied van gezondheid streven we naar extra gezonde levensjaren voor alle inwoners in 2030.'), 'taal/voorbehoud');
  });
});

describe('prec19 regie/hol: whose grip, what is asked, what is observed', () => {
  it('"Ze hebben de regie in eigen hand" after residents is their own grip; "Zij neemt de regie" after the municipality stays', () => {
    no(nota('Onze ambitie is dat de inwoners zo lang mogelijk zelf meedoen. Ze hebben de regie in eigen hand.'), 'regie/hol');
    yes(nota('De gemeente wil dat de bewoners meedoen. Zij neemt daarom de regie.'), 'regie/hol');
  });
  it('a topic line "Over hoe we … een regierol vervullen." announces; the statement itself claims', () => {
    no(nota('Over hoe we als gemeente daarin een regierol vervullen.'), 'regie/hol');
    yes(nota('We vervullen als gemeente daarin een regierol.'), 'regie/hol');
  });
  it('"… lijken blijvend te zijn" observes how things appear: analysis, no claim', () => {
    no(nota('De voordelen van een betere toegang en regie lijken blijvend te zijn.'), 'regie/hol');
    yes(nota('We zorgen voor een betere toegang en regie.'), 'regie/hol');
  });
});

describe('prec19 taal/voorbehoud: a deferral with its place, an aim that points back to its number', () => {
  it('"verder uitwerken in de Werkagenda …" names where it is settled, as "nader uitwerken" does; alone it stays', () => {
    no(nota('De aanpak van eenzaamheid zal ik verder uitwerken in de Werkagenda Ouderen, die uw Kamer in 2027 ontvangt.'), 'taal/voorbehoud');
    yes(nota('De aanpak van eenzaamheid zal ik verder uitwerken.'), 'taal/voorbehoud');
  });
  it('"streven ernaar deze doelstelling te halen" after a sum: the target is set; after a vague aim it stays', () => {
    no(nota('In 2027 willen we 2,4 miljoen euro aan inkomsten halen. Wij streven ernaar om deze ambitieuze doelstelling te halen.'), 'taal/voorbehoud');
    yes(nota('In 2027 willen we meer inkomsten halen. Wij streven ernaar om deze ambitieuze doelstelling te halen.'), 'taal/voorbehoud');
  });
});

describe('prec19 eigenaar/diffuus: "deze partners" after the partners are named', () => {
  it('the demonstrative points back to named doers; with nobody named before, the collective stays diffuse', () => {
    no(nota('De gemeente, de corporaties en de scholen werken in het programma Kansrijk Zuid. Samen zorgen deze partners dat de kansen van kinderen groeien.'), 'eigenaar/diffuus');
    yes(nota('De kansen van kinderen blijven achter. Samen zorgen deze partners dat de kansen van kinderen groeien.'), 'eigenaar/diffuus');
  });
});

const programma = (body: string): string => `# Programma Wonen Brakeldorp 2027\n\n## Wat willen we bereiken\n\n${body}\n`;

describe('prec19 doel/vaag: a reason after "want", a choice of role', () => {
  it('a goal phrase in a main clause after ", want" gives the reason; the same clause on its own sets a goal', () => {
    no(programma('We zorgen voor een soepele overgang, want ook goede plannen uit het oude dorp willen we verbeteren.'), 'doel/vaag');
    yes(programma('Ook goede plannen uit het oude dorp willen we verbeteren.'), 'doel/vaag');
  });
  it('wanting to play a clearer role is a choice of role; wanting more of something is a goal', () => {
    no(programma('De gemeente wil voortaan een meer duidelijke rol spelen bij evenementen.'), 'doel/vaag');
    yes(programma('De gemeente wil voortaan meer evenementen.'), 'doel/vaag');
  });
});

describe('prec19 taal/voorbehoud and doel/vaag: a named other party\'s aim, described', () => {
  it('"De Landelijke Natuurautoriteit streeft ernaar …" in a municipal nota describes; "Wij streven ernaar …" stays', () => {
    no(nota('De Landelijke Natuurautoriteit streeft ernaar om de analyses snel af te ronden.'), 'taal/voorbehoud');
    yes(nota('Wij streven ernaar om de analyses snel af te ronden.'), 'taal/voorbehoud');
  });
  it('"Natuurmonumenten streeft naar betere natuur" is that body\'s aim; the author\'s own body in its name stays', () => {
    no(programma('Natuurmonumenten streeft naar betere natuur in de polder.'), 'doel/vaag');
    yes(programma('De gemeente Brakeldorp streeft naar betere natuur in de polder.'), 'doel/vaag');
  });
});

describe('prec19 taal/toverwoord: an entry of a definitions section explains a term', () => {
  const regeling = (heading: string, leadIn: string): string => `# Verordening sociaal domein Brakeldorp 2027\n\n## ${heading}\n\n${leadIn}\n\n- een integrale aanpak: een domeinoverstijgende werkwijze waarbij organisaties uit de verschillende domeinen in verbinding samenwerken;\n`;
  it('under "Artikel 1 Begripsbepalingen" no finding; the same entry under "Artikel 1 Aanpak" as what is provided stays', () => {
    no(regeling('Artikel 1 Begripsbepalingen', 'In deze verordening wordt verstaan onder:'), 'taal/toverwoord');
    yes(regeling('Artikel 1 Aanpak', 'De gemeente zorgt voor:'), 'taal/toverwoord');
  });
});

describe('prec19 recitals and money: a reason given, an amount with its budget', () => {
  const regeling = (item: string): string => `# Centrumregeling Brakeldorp\n\nDe colleges van Brakeldorp en Kreekhaven,\n\noverwegende dat:\n\n- ${item}\n- samenwerking nodig is;\n\nbesluiten:\n\n## Artikel 1\n\nDe gemeente Brakeldorp voert de taken uit.\n`;
  it('a recital\'s plain act ("bereid is om personele inzet te leveren") is a reason; the same words in an article stay', () => {
    no(regeling('de gemeente Brakeldorp in staat en bereid is om daarvoor personele inzet te leveren;'), 'zwitsers/vaag');
    yes('# Centrumregeling Brakeldorp\n\n## Artikel 2\n\nDe gemeente Brakeldorp levert daarvoor personele inzet.\n', 'zwitsers/vaag');
  });
  it('an express binding in a recital still commits: the unit stays a commitment', () => {
    const doc = buildDocument(regeling('partijen zich verbinden om daarvoor personele inzet te leveren;'), 'markdown');
    const i = doc.sentences.findIndex((x) => x.raw.includes('verbinden'));
    assert.equal(unitOf(doc, i).fn, 'commitment');
    const doc2 = buildDocument(regeling('de gemeente Brakeldorp in staat en bereid is om daarvoor personele inzet te leveren;'), 'markdown');
    const j = doc2.sentences.findIndex((x) => x.raw.includes('bereid'));
    assert.equal(unitOf(doc2, j).fn, 'analysis');
  });
  it('"budgetneutraal" with the amount and the budget it comes from in the sentence; alone it stays', () => {
    no(nota('Dit is budgetneutraal, aangezien de budgetten voor de Wmo en de Jeugdwet met € 100.000 zijn teruggebracht.'), 'geld/vaag');
    yes(nota('Dit is budgetneutraal.'), 'geld/vaag');
  });
});

describe('prec19 eigenaar/samenwerken: what something entails for others, a named frame after "Bij deze"', () => {
  it('"Dat betekent dat zij … met elkaar moeten afstemmen" explains; "Dat betekent dat wij … afstemmen" stays', () => {
    no(nota('Dat betekent dat zij de besluitvorming zorgvuldig met elkaar moeten afstemmen.'), 'eigenaar/samenwerken');
    yes(nota('Dat betekent dat wij zorgvuldig met de partners afstemmen.'), 'eigenaar/samenwerken');
  });
  it('"Bij deze Regiodeal" names the frame of the work (how); "Bij deze deal" names none', () => {
    no(nota('Bij deze Regiodeal werken we samen met de inwoners aan de toekomst van de dorpen.'), 'eigenaar/samenwerken');
    yes(nota('Bij deze deal werken we samen met de inwoners aan de toekomst van de dorpen.'), 'eigenaar/samenwerken');
  });
});

describe('prec19 eigenaar/samenwerken: the named product worked towards', () => {
  it('"richting een nieuwe Regionale Woonagenda" names what; "richting een nieuwe agenda" does not', () => {
    no(nota('Met de provincie trekken we samen op richting een nieuwe Regionale Woonagenda.'), 'eigenaar/samenwerken');
    yes(nota('Met de provincie trekken we samen op richting een nieuwe agenda.'), 'eigenaar/samenwerken');
  });
});

describe('prec19 taal/voorbehoud: a fronted indirect question, a later conjunct of "zorgen voor zo … mogelijk"', () => {
  it('"Hoe wij … willen zorgen voor … zo veel mogelijk grondstoffen staat in ons Grondstoffenplan" asks; the direct statement is read', () => {
    no(nota('Hoe wij als gemeente willen zorgen voor minder restafval en zo veel mogelijk hergebruik staat in ons Grondstoffenplan.'), 'taal/voorbehoud');
    yes(nota('Wij zorgen voor minder restafval en hergebruiken zo veel mogelijk grondstoffen.'), 'taal/voorbehoud');
  });
  it('"zorgen voor zo min mogelijk X en zo veel mogelijk Y": both are the degree of the result; a new verb after "en" is an act', () => {
    no(nota('Wij zorgen voor zo min mogelijk restafval en zo veel mogelijk grondstoffen.'), 'taal/voorbehoud');
    yes(nota('Wij zorgen voor minder restafval en ondersteunen de scholen zo veel mogelijk.'), 'taal/voorbehoud');
  });
});

describe('prec19 doel/vaag: goals referred to, a quotation closed from before', () => {
  it('"voortgang op de ambities" refers to goals named before; "op de ambities om … te versterken" says one', () => {
    no(programma('Op die manier boeken we voortgang op de ambities en dragen we zorg voor het versterken van het sportbeleid.'), 'doel/vaag');
    yes(programma('Op die manier boeken we voortgang op de ambities om het sportbeleid te versterken.'), 'doel/vaag');
  });
  it('a sentence that closes a quotation opened paragraphs before is the quoted text; without the closing quote it is read', () => {
    const doc = (close: string): string => `# Programma Wonen 2027\n\n## Wat willen we bereiken\n\nIn het vorige programma stond: “Inwoners zijn betrokken bij hun wijk.\n\nDie betrokkenheid willen we versterken.${close}\n`;
    no(doc('”'), 'doel/vaag');
    yes(doc(''), 'doel/vaag');
  });
});
