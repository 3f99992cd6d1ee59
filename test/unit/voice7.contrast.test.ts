/**
 * Contrast suites for the text's own voice (issue 13, seventh session): whether a sentence lays something down or
 * describes depends on the kind of text and on who the doer is, for every rule at once.
 * - In a narrative text (nota, proposal, letter), another party or a thing as the subject of a verb of state or
 *   relation describes; the author as doer ("we", the municipality, "onze inzet"), a task or aim allocated, or an act
 *   lays down. In an agreement or a regulation the same present tense is the operative norm.
 * - A regie word is claimed only in the text's own voice: not in analysis, a citation, advice or a description.
 * - "volgens" cites a source, not a way of working; a table-of-contents line sets no section role.
 * Every sentence, place and organisation is invented.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { yes, no, convenant } from './contrast';

const nota = (body: string): string => `# Nota sociaal domein Kreekhaven\n\nDeze nota beschrijft het beleid van de gemeente.\n\n${body}\n`;
const V = 'taal/voorbehoud';

describe('voice7 contrast: a narrative text describes other parties in a verb of state', () => {
  it('another party\'s state is described; the author\'s act is laid down', () => {
    no(nota('De regio kent in principe drie zorgkantoren.'), V);
    yes(nota('We openen in principe drie zorgloketten.'), V);
    no(nota('Het buurthuis is in principe het hele jaar open.'), V);
    yes(nota('De gemeente houdt het buurthuis in principe het hele jaar open.'), V);
  });
  it('the same sentence in an agreement is the operative norm', () => {
    yes(convenant('Het buurthuis is in principe het hele jaar open.'), V);
    yes(convenant('De regio kent in principe drie zorgkantoren.'), V);
  });
  it('a task or an aim allocated lays down, even with a verb of state', () => {
    const classes = (x: string): string[] => analyze(nota(x)).regie.map((m) => m.class);
    assert.deepEqual(classes('De regie op de wijkzorg ligt bij de gemeente.'), ['hol']);
    // A statement about regie itself is the hollow rhetoric regie/hol is for: a described state still claims.
    assert.deepEqual(classes('Ketenregie is essentieel voor de wijkzorg.'), ['hol']);
    no(nota('Het wijkteam heeft in principe een kantoor aan de Dorpsstraat.'), V);
  });
  it('another main clause with the author as doer lays down', () => {
    yes(nota('De middelen zijn beperkt, dus kiezen we in principe voor korte projecten.'), V);
    no(nota('De middelen zijn in principe beperkt, want de subsidie loopt af.'), V);
  });
  it('a noun of the author\'s own course as the subject speaks in its own voice', () => {
    yes(nota('Onze inzet is in principe een wijkteam per dorp.'), V);
    no(nota('De opzet van de regio is in principe een wijkteam per dorp.'), V);
  });
});

describe('voice7 contrast: regie/hol only where the text claims the regie itself', () => {
  const R = 'regie/hol';
  it('analysis, a citation and advice report a regie word; a claim in the text\'s voice is hollow', () => {
    yes(nota('De gemeente neemt de regie.'), R);
    no(nota('Uit de evaluatie blijkt dat de gemeente de regie neemt.'), R);
    no(nota('Volgens de onderzoekers neemt de gemeente de regie.'), R);
    no(nota('Het is belangrijk dat de gemeente de regie neemt.'), R);
  });
  it('a founding clause of a regie body claims, even as a definition', () => {
    const r = analyze('# Besluit regiegroep Kreekhaven\n\n## Artikel 1\n\nEr is een Regiegroep Wijkzorg, hierna te noemen: de regiegroep.\n');
    assert.deepEqual(r.regie.filter((m) => m.line === 5 && m.word === 'Regiegroep').map((m) => m.class), ['hol']);
  });
});

describe('voice7 contrast: "volgens" and table-of-contents lines', () => {
  it('"volgens" + a source cites; "volgens het plan" is a way of working', () => {
    no(nota('Volgens de onderzoekers isoleert de gemeente zoveel mogelijk woningen.'), V);
    yes(nota('Volgens het plan isoleert de gemeente zoveel mogelijk woningen.'), V);
  });
  it('a table-of-contents line with a page number sets no analysis role; a label line does', () => {
    yes('# Programma Kreekhaven\n\n3.2 Analyse van de wijken 14\n\nDe gemeente isoleert zoveel mogelijk woningen.\n', V);
    no('# Programma Kreekhaven\n\nAnalyse van de wijken\n\nDe gemeente isoleert zoveel mogelijk woningen.\n', V);
  });
  it('a regie claim in a background section still claims; the same words as a finding of research report', () => {
    yes(nota('## Aanleiding\n\nDe gemeente neemt de regie op de wijkzorg.'), 'regie/hol');
    no(nota('## Aanleiding\n\nUit onderzoek blijkt dat de gemeente de regie op de wijkzorg neemt.'), 'regie/hol');
  });
});

describe('voice7 contrast: the holder\'s act in another clause fills a regie claim', () => {
  const R = 'regie/hol';
  const claim = 'De gemeente Kreekhaven voert de regie op de wijkzorg.';
  it('the holder acts (any verb with an object) in the next sentence: filled', () => {
    yes(nota(claim), R);
    no(nota(`${claim} Zij sluit contracten af met drie aanbieders.`), R);
    no(nota(`${claim} De gemeente Kreekhaven koopt de hulp in bij twee aanbieders.`), R);
  });
  it('coordination only, a state, another party acting or a possibility: still hollow', () => {
    yes(nota(`${claim} Zij brengt de partners bijeen.`), R);
    yes(nota(`${claim} Zij is daarin al jaren ervaren.`), R);
    yes(nota(`${claim} De aanbieders sluiten contracten af met de zorgverzekeraar.`), R);
    yes(nota(`${claim} Zij kan contracten afsluiten met aanbieders.`), R);
  });
});

describe('voice7 contrast: a regie word is claimed only in the form of a claim (guide real-documents C1)', () => {
  const R = 'regie/hol';
  it('held, taken or placed: a claim; talked about: no claim', () => {
    yes(nota('De gemeente voert de regie in het sociaal domein.'), R);
    no(nota('Het rapport gaat over regie in het sociaal domein.'), R);
    yes(nota('De regie in het sociaal domein ligt bij de gemeente.'), R);
    no(nota('Op het congres over regie in het sociaal domein spreken drie wethouders.'), R);
  });
  it('a slogan or a list without a verb claims; "onder regie van" claims', () => {
    yes(nota('Speerpunten zijn preventie, samenhang en heldere regie.'), R);
    yes(nota('Regie op samenhang.'), R);
    yes(nota('Onder regie van de gemeente wordt gewerkt aan vroegsignalering.'), R);
  });
  it('a tagger slip on the verb ("voeren" read as a name) still finds the claim within the clause', () => {
    const r = analyze('# Koers\n\nWij als gemeente zetten in op jeugd.\n\nWe voeren de regie en stellen vóór 1 mei een plan van aanpak vast.\n');
    assert.deepEqual(r.regie.map((m) => m.class), ['gevuld']);
  });
});

describe('voice7 contrast: tables of contents and hedges in a relative clause', () => {
  it('a contents line (one entry with its page number, or a flattened "Inhoud …" line) names sections', () => {
    no(nota('2 Versterken regierol gemeenten 8'), 'regie/hol');
    yes(nota('De gemeenten versterken de regierol.'), 'regie/hol');
    no(nota('Inhoud Samenvatting Inleiding Maatregelen zijn zoveel mogelijk meetbaar Evaluatie'), V);
    yes(nota('We maken de maatregelen zoveel mogelijk meetbaar.'), V);
  });
  it('a hedge inside a relative clause of another party qualifies what they do; at the close it may be the author\'s', () => {
    no(nota('We helpen gezinnen met schulden, waarbij de gezinnen zoveel mogelijk zelf de regie houden.'), V);
    yes(nota('We helpen gezinnen met schulden, waarbij we zoveel mogelijk samenwerken met de schuldhulp.'), V);
    yes(nota('We ondersteunen verenigingen die activiteiten organiseren waar mogelijk.'), V);
    // The content of the author's own act ("zorgen dat") is what is committed to.
    yes(nota('We zorgen dat de wachtlijsten zo snel mogelijk korter worden.'), V);
  });
});

describe('voice7 contrast: doel/vaag asks whose goal and whether one is set', () => {
  const D = 'doel/vaag';
  it('a goal word in an indirect question sets no goal', () => {
    no(nota('In deze nota leggen we uit hoe we bepalen welke doelen we willen bereiken met een betere samenwerking.'), D);
    yes(nota('We willen een betere samenwerking in de wijk bereiken.'), D);
  });
  it('a perfect of another party reports a goal; the author\'s own perfect sets one', () => {
    no(nota('De woningcorporaties hebben de ambitie uitgesproken de samenwerking in de regio te verbeteren.'), D);
    yes(nota('We hebben de ambitie de samenwerking in de regio te verbeteren.'), D);
  });
});

describe('voice7 contrast: recitals, joint bodies and things that reinforce each other', () => {
  it('"Overwegen het volgende:" opens recitals: what follows states reasons and intentions', () => {
    const gr = (items: string): string => `# Gemeenschappelijke regeling Wijkzorg Kreekhaven\n\nDe colleges van de gemeenten Kreekhaven en Oosterwaal\n\n${items}\n\nBesluiten:\n\n## Artikel 1\n\nDe gemeenten voeren de regeling uit.\n`;
    no(gr('Overwegen het volgende:\n\n- de deelnemende gemeenten hebben de intentie de wijkteams zoveel mogelijk te laten samenwerken;'), V);
    yes(gr('Het volgende:\n\n- de deelnemende gemeenten laten de wijkteams zoveel mogelijk samenwerken;'), V);
  });
  it('founding a joint body is joint by nature; a concrete act of "the participants" is diffuse', () => {
    no(convenant('De deelnemers richten bij deze regeling een gezamenlijk bureau op.'), 'eigenaar/diffuus');
  });
  it('collaboration words in a relative clause about things describe how they relate', () => {
    no(nota('We zorgen voor een omgeving waarin wonen, natuur en water elkaar versterken.'), 'eigenaar/samenwerken');
    yes(nota('We zorgen voor een omgeving waarin de woningcorporaties en de gemeente elkaar versterken.'), 'eigenaar/samenwerken');
  });
});

describe('voice7: the user\'s phrases reach the concepts of this session', () => {
  const flaggedWith = (text: string, rule: string, phrases: Record<string, string[]>): number =>
    analyze(text, { config: { phrases } }).findings.filter((f) => f.rule === rule).length;
  it('unitStateVerb: a verb the user lists as one of state makes another party\'s sentence describe', () => {
    const text = nota('Onze regio telt in principe drie zorgkantoren.');
    assert.ok(flaggedWith(text, V, {}) > 0);
    assert.equal(flaggedWith(text, V, { unitStateVerb: ['tellen'] }), 0);
  });
  it('unitAllocation: a formula the user lists as allocating lays down', () => {
    assert.equal(flaggedWith(nota('De regio kent in principe een zaak voor de gemeente.'), V, {}), 0);
    assert.ok(flaggedWith(nota('De regio kent in principe een zaak voor de gemeente.'), V, { unitAllocation: ['een zaak voor'] }) > 0);
  });
  it('regieReaderClaimVerb: a verb the user lists claims the regie word in its clause', () => {
    const text = nota('Het rapport gaat over regie in het sociaal domein.');
    assert.equal(flaggedWith(text, 'regie/hol', {}), 0);
    assert.ok(flaggedWith(text, 'regie/hol', { regieReaderClaimVerb: ['gaan'] }) > 0);
  });
  it('unitStanceNoun: a noun the user lists as the author\'s course speaks in its voice', () => {
    const text = nota('Het leidmotief is in principe een wijkteam per dorp.');
    assert.equal(flaggedWith(text, V, {}), 0);
    assert.ok(flaggedWith(text, V, { unitStanceNoun: ['leidmotief'] }) > 0);
  });
});
