/**
 * Contrast pairs of the twenty-sixth session (invented sentences): a regie that is needed or comes about without a
 * holder is taken up by the next sentence of its paragraph when that sentence points back to it or acts for it (guide
 * real-documents: the next sentence that opens with an anaphor); taking up the role is no act of it.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { no, sentence, yes } from './contrast';
import { readLocal } from '../../src/core/read/unit';

const HEAD = '# Aanpak laaggeletterdheid Wolderwijk\n\n## Samenwerking\n\n';
/** The message of the one regie/hol finding on `HEAD` + `body` ('' when there is none). */
const holMessage = (body: string): string => holMessageOf(HEAD + body + '\n');
/** The message of the one regie/hol finding on `text` ('' when there is none). */
const holMessageOf = (text: string): string => analyze(text).findings.find((f) => f.rule === 'regie/hol')?.message ?? '';

describe('voice27 contrast: a needed regie taken up by the next sentence (regie/hol)', () => {
  it('"die regierol" or "daarom" in the next sentence, with the holder acting, fills the claim', () => {
    no(`${HEAD}Regie is nodig om de versnippering tegen te gaan. De gemeente pakt die regierol op door een regietafel in te richten die vier keer per jaar een jaarplan vaststelt.\n`, 'regie/hol');
    no(`${HEAD}Regie is nodig om de versnippering tegen te gaan. De gemeente richt daarom een regietafel in met de zes partners en stelt een jaarplan vast.\n`, 'regie/hol');
    no(`${HEAD}Er is regie nodig op de aanpak. De bibliotheek neemt daartoe een coördinator van 0,6 fte in dienst.\n`, 'regie/hol');
  });
  it('without a link back, without an actor, or with only the role taken up, the claim stays hollow', () => {
    yes(`${HEAD}Regie is nodig om de versnippering tegen te gaan. De gemeente stelt een jaarplan vast.\n`, 'regie/hol');
    yes(`${HEAD}Er is regie nodig op de aanpak. Daarom is dit een speerpunt.\n`, 'regie/hol');
    yes(`${HEAD}Dit vraagt om regie. De gemeente zal die rol op zich nemen.\n`, 'regie/hol');
  });
  it('the role taken up names its holder in the message', () => {
    assert.match(holMessage('Dit vraagt om regie. De gemeente zal die rol op zich nemen.'), /"gemeente" claimt regie/);
    assert.match(holMessage('Dit vraagt om regie. Dat is een speerpunt.'), /wie voert hier regie\?/);
  });
});

describe('voice27 contrast: a regie word that names what the means serve is a budget line (regie/hol)', () => {
  const FIN = '# Programma wonen en zorg\n\n## Rollen\n\nDe gemeente voert procesregie op de woonzorgvisie en stelt deze in 2026 vast.\n\n## Financiën\n\n';
  it('"Voor de regietaak is € 80.000 beschikbaar" claims nothing', () => {
    no(`${FIN}Voor de regietaak is € 80.000 per jaar beschikbaar in de begroting.\n`, 'regie/hol');
    no('# Programma wonen\n\n## Financiën\n\nVoor de regie op de keten is 1 fte beschikbaar.\n', 'regie/hol');
  });
  it('without means, or with the regie word as the subject, the claim is read as before', () => {
    yes('# Programma wonen\n\n## Financiën\n\nVoor meer regie is samenwerking nodig.\n', 'regie/hol');
    yes('# Programma wonen\n\n## Financiën\n\nDe regietaak is belangrijk voor de woonzorgvisie.\n', 'regie/hol');
  });
});

describe('voice27 contrast: a goal taken up by the next sentence with the link word after its verb (doel/vaag)', () => {
  const GOAL = '# Programma wijken\n\n## Wat willen we bereiken?\n\n';
  it('"We openen daarom in 2027 …", "Daarom openen we in 2027 …", "De komende weken kunnen inwoners daarvoor …" take the goal up with a dated act', () => {
    no(`${GOAL}We willen de leefbaarheid in de Lindewijk verbeteren. We openen daarom in 2027 een buurthuis aan het Dorpsplein.\n`, 'doel/vaag');
    no(`${GOAL}We willen de leefbaarheid in de Lindewijk verbeteren. Daarom openen we in 2027 een buurthuis aan het Dorpsplein.\n`, 'doel/vaag');
    no(`${GOAL}Het college wil de kennis van inwoners beter benutten. De komende weken kunnen alle inwoners daarvoor een vragenlijst invullen.\n`, 'doel/vaag');
  });
  it('a state verb, an act without time or task, "de komende jaren", or a dated act without a link leave the goal without measure', () => {
    yes(`${GOAL}We willen de leefbaarheid in de Lindewijk verbeteren. Daarom is 2027 een belangrijk jaar.\n`, 'doel/vaag');
    yes(`${GOAL}We willen de veiligheid in de Eikwijk vergroten. We gaan daarom meer samenwerken.\n`, 'doel/vaag');
    yes(`${GOAL}We willen de veiligheid in de Eikwijk vergroten. De komende jaren gaan we daarom meer samenwerken.\n`, 'doel/vaag');
    yes(`${GOAL}We willen de zorg in de Beukwijk verbeteren. In 2027 openen we een wijkpost.\n`, 'doel/vaag');
  });
});

describe('voice27 contrast: the holder of a regie word in a list after a colon, and "hernemen" (regie/hol)', () => {
  const OVER = '# Over ons\n\n## Taken\n\n';
  it('"Het Veiligheidsteam heeft drie taken: procesregie, …" names holder and kind', () => {
    no(`${OVER}Het Veiligheidsteam Kreekland heeft drie taken: procesregie, advies en het bijhouden van meldingen.\n`, 'regie/hol');
  });
  it('a list of aims with regie stays hollow; with no verb before the colon nobody holds it', () => {
    assert.match(holMessageOf(`${OVER}Het Veiligheidsteam Kreekland heeft drie speerpunten: regie, samenhang en snelheid.\n`), /"Veiligheidsteam Kreekland" claimt regie/);
    assert.match(holMessageOf(`${OVER}Drie dingen zijn belangrijk: regie, samenhang en snelheid.\n`), /wie voert hier regie\?/);
  });
  it('"herneemt de regie" claims it like "neemt de regie"; a report of someone else\'s regie does not', () => {
    yes('# Brief\n\n## Aanpak\n\nDaarom herneemt het Rijk de regie over de woningbouw in de regio.\n', 'regie/hol');
    no('# Brief\n\n## Aanpak\n\nDe rekenkamer onderzocht hoe het Rijk de regie herneemt.\n', 'regie/hol');
  });
});

describe('voice27 contrast: a goal worked out in another text, and the aim of a measure just named (doel/vaag)', () => {
  const PLAN = '# Beleid en planvorming\n\n## Beleidsplan\n\n';
  it('"In het beleidsplan geven we invulling aan deze missie" points to where the goal is measured', () => {
    no(`${PLAN}“Samen maken we Kreekland gezonder” is onze missie. In het Beleidsplan geven we invulling aan deze missie.\n`, 'doel/vaag');
    no(`${PLAN}“Samen maken we Kreekland gezonder” is onze missie. Het Beleidsplan geeft concreet vorm aan deze missie.\n`, 'doel/vaag');
    yes(`${PLAN}“Samen maken we Kreekland gezonder” is onze missie. Daar staan we met alle partners voor.\n`, 'doel/vaag');
  });
  it('"Op deze manier wordt … beoogd" is the aim of the measure before it; "Met dit programma wordt … beoogd" stays', () => {
    no('# Nota\n\n## Aanpak\n\nDe wijkteams bezoeken elk gezin thuis. Op deze manier wordt een betere aansluiting van de hulp beoogd.\n', 'doel/vaag');
    yes('# Nota\n\n## Aanpak\n\nMet dit programma wordt een betere aansluiting van de hulp beoogd.\n', 'doel/vaag');
  });
});

describe('voice27 contrast: an indirect question after the main verb is a clause of its own (clause reader, eigenaar/samenwerken)', () => {
  it('"… afspraken gemaakt hoe de overheden gaan samenwerken" embeds the question; the collaboration is asked, not promised', () => {
    const c = readLocal(sentence('Per werkgebied worden afspraken gemaakt hoe de overheden gaan samenwerken.')).clauses;
    assert.equal(c.length, 2);
    assert.ok(c[1].subordinate);
    no('# Nota\n\n## Aanpak\n\nPer werkgebied worden afspraken gemaakt hoe de overheden in het gebied gaan samenwerken.\n', 'eigenaar/samenwerken');
  });
  it('the same collaboration as the main clause, or after "en", is still read', () => {
    yes('# Nota\n\n## Aanpak\n\nDe overheden in het gebied gaan samenwerken.\n', 'eigenaar/samenwerken');
    assert.equal(readLocal(sentence('Wij weten niet hoe.')).clauses.length, 1);
  });
});

describe('voice27 contrast: "integraal" before a kind of document in the plural (taal/toverwoord)', () => {
  it('"integrale gebiedsprogramma\'s", "integrale beleidsnota’s" name kinds of document', () => {
    no('# Nota\n\n## Aanpak\n\nDe provincies stellen onder regie van het Rijk integrale gebiedsprogramma\'s op.\n', 'taal/toverwoord');
    no('# Nota\n\n## Aanpak\n\nDe provincies stellen onder regie van het Rijk integrale gebiedsprogramma’s op.\n', 'taal/toverwoord');
  });
  it('"een integrale aanpak en regie" stays a cluster of buzzwords', () => {
    yes('# Nota\n\n## Aanpak\n\nDe provincies zetten in op een integrale aanpak en regie.\n', 'taal/toverwoord');
  });
});

describe('voice27 contrast: a named body after an inflected adjective is the frame of the work (eigenaar/samenwerken)', () => {
  it('"binnen gezamenlijke Provinciaal Beraad" names how', () => {
    no('# Nota\n\n## Aanpak\n\nWij werken samen binnen gezamenlijke Provinciaal Beraad.\n', 'eigenaar/samenwerken');
  });
  it('a manner in lower case or a country is no frame', () => {
    yes('# Nota\n\n## Aanpak\n\nWij werken samen in goede harmonie.\n', 'eigenaar/samenwerken');
    yes('# Nota\n\n## Aanpak\n\nWij werken samen binnen Nederland.\n', 'eigenaar/samenwerken');
  });
});

describe('voice27 contrast: subsidiarity names both cases (taal/voorbehoud)', () => {
  it('"zo veel mogelijk lokaal en alleen waar nodig regionaal" is a case distinction', () => {
    no('# Nota\n\n## Aanpak\n\nWe pakken de jeugdzorg zo veel mogelijk lokaal op en alleen waar nodig regionaal.\n', 'taal/voorbehoud');
  });
  it('without "alleen", or with nothing after it, the hedge stays', () => {
    yes('# Nota\n\n## Aanpak\n\nWe pakken de jeugdzorg zo veel mogelijk lokaal op en waar nodig regionaal.\n', 'taal/voorbehoud');
    yes('# Nota\n\n## Aanpak\n\nWe pakken de jeugdzorg zo veel mogelijk lokaal op.\n', 'taal/voorbehoud');
  });
});

describe('voice27 contrast: a goal that is to draw up a text (doel/vaag)', () => {
  it('"Doel is een integrale visie op de binnenstad te ontwikkelen" has the text as its deliverable', () => {
    no('# Nota\n\n## Aanpak\n\nDoel is een integrale visie op de binnenstad te ontwikkelen.\n', 'doel/vaag');
  });
  it('"Doel is de leefbaarheid in de binnenstad te verbeteren" has no measure', () => {
    yes('# Nota\n\n## Aanpak\n\nDoel is de leefbaarheid in de binnenstad te verbeteren.\n', 'doel/vaag');
  });
});

describe('voice27 contrast: the partners decide along with the one who takes the regie (regie/eenzijdig)', () => {
  const P = '# Projectplan\n\n## Organisatie\n\n';
  it('a shared responsibility, or a joint body of all partners that steers, in the sentence or the next', () => {
    no(`${P}De omgevingsdienst neemt de regie op zich voor dit project, maar deelt de verantwoordelijkheid voor het resultaat met de gemeenten.\n`, 'regie/eenzijdig');
    no(`${P}De omgevingsdienst neemt de regie op zich voor dit project. Het project wordt aangestuurd door een stuurgroep waarin alle gemeenten vertegenwoordigd zijn.\n`, 'regie/eenzijdig');
  });
  it('without them, one party takes the regie', () => {
    yes(`${P}De omgevingsdienst neemt de regie op zich voor dit project. Het project loopt tot eind 2027.\n`, 'regie/eenzijdig');
  });
});

describe('voice27 contrast: "zo veel als mogelijk" is "zo veel mogelijk", and a need condition on a legal instrument (taal/voorbehoud)', () => {
  const P = '# Programma\n\n## Aanpak\n\n';
  it('"zoveel als mogelijk", "zo snel als mogelijk" hedge as their short forms do', () => {
    yes(`${P}We bouwen zoveel als mogelijk woningen voor starters.\n`, 'taal/voorbehoud');
    yes(`${P}De noodopvang wordt zo snel als mogelijk gesloten.\n`, 'taal/voorbehoud');
  });
  it('and are exempt where the short forms are: a verb of reducing', () => {
    no(`${P}We beperken de overlast zoveel als mogelijk.\n`, 'taal/voorbehoud');
  });
  it('"Waar nodig nemen we een voorbereidingsbesluit" leaves the legal form open; "waar nodig verwijzen we door" binds', () => {
    yes(`${P}Waar nodig nemen we voor de nieuwe wijk een voorbereidingsbesluit.\n`, 'taal/voorbehoud');
    no(`${P}Waar nodig verwijzen we inwoners door naar de huisarts.\n`, 'taal/voorbehoud');
  });
});

describe('voice27 contrast: a team the act goes to is a party, not people deployed (taal/voorbehoud)', () => {
  const P = '# Programma\n\n## Aanpak\n\n';
  it('"Waar nodig verwijzen we door naar het wijkteam" binds wherever the need is', () => {
    no(`${P}Waar nodig verwijzen we inwoners door naar het wijkteam.\n`, 'taal/voorbehoud');
  });
  it('"Waar nodig zetten we een extra team in", "breiden we het wijkteam uit" leave the people open', () => {
    yes(`${P}Waar nodig zetten we een extra team in.\n`, 'taal/voorbehoud');
    yes(`${P}Waar nodig breiden we het wijkteam uit.\n`, 'taal/voorbehoud');
  });
});

describe('voice27 contrast: regie over "onze eigen" toekomst is the author\'s own grip (regie/hol)', () => {
  const P = '# Programma\n\n## Aanpak\n\n';
  it('"We houden de regie over onze eigen toekomst" claims no regie among partners', () => {
    no(`${P}We houden de regie over onze eigen toekomst.\n`, 'regie/hol');
  });
  it('"We houden de regie over onze woningbouwopgave" still claims it', () => {
    yes(`${P}We houden de regie over onze woningbouwopgave.\n`, 'regie/hol');
  });
});

describe('voice27 contrast: the next sentence names the other case of a hedge of possibility (taal/voorbehoud)', () => {
  const P = '# Programma\n\n## Aanpak\n\n';
  it('"Waar dat niet kan, …", "Hiervan kan worden afgeweken als …", "Alleen bij …" make a case distinction', () => {
    no(`${P}Waar mogelijk bouwen we op eigen grond. Waar dat niet kan, kopen we grond aan.\n`, 'taal/voorbehoud');
    no(`${P}In principe krijgt elk gezin één contactpersoon. Hiervan kan worden afgeweken als het gezin dat wil.\n`, 'taal/voorbehoud');
    no(`${P}In beginsel vergaderen we openbaar. Alleen bij vertrouwelijke stukken vergaderen we besloten.\n`, 'taal/voorbehoud');
  });
  it('a next sentence that only comments, or a need hedge, leaves the hedge open', () => {
    yes(`${P}In principe krijgt elk gezin één contactpersoon. Dat is belangrijk.\n`, 'taal/voorbehoud');
    yes(`${P}Waar mogelijk bouwen we op eigen grond. Alleen zo houden we grip.\n`, 'taal/voorbehoud');
    yes(`${P}Waar nodig investeren we in fietspaden. Waar dat niet kan, kopen we grond aan.\n`, 'taal/voorbehoud');
  });
});

describe('voice27 contrast: parties pointed back to, contact kept, a relation between regies, "niet meer en niet minder"', () => {
  const VR = '# Over ons\n\n## Samenwerking\n\nBrandweer, politie en GHOR vormen samen de veiligheidsregio. ';
  it('"De betrokken instanties werken samen aan …" describes the arrangement of the parties just named (eigenaar/samenwerken)', () => {
    no(`${VR}De betrokken instanties werken samen aan uiteenlopende opdrachten.\n`, 'eigenaar/samenwerken');
    yes(`${VR}De instanties werken samen aan uiteenlopende opdrachten.\n`, 'eigenaar/samenwerken');
    yes(`${VR}De betrokken instanties gaan samenwerken aan uiteenlopende opdrachten.\n`, 'eigenaar/samenwerken');
  });
  it('"in verbinding met hun eigen club kunnen blijven" is keeping in touch (eigenaar/samenwerken)', () => {
    no('# Nota\n\n## Aanpak\n\nZo zorgen we dat de vrijwilligers in verbinding met hun eigen club kunnen blijven.\n', 'eigenaar/samenwerken');
    yes('# Nota\n\n## Aanpak\n\nWe werken in verbinding met onze partners aan de wijk.\n', 'eigenaar/samenwerken');
  });
  it('"de wisselwerking tussen de regie van de provincie en de regie in de dorpen" describes a relation (regie/hol)', () => {
    no('# Programma\n\n## Aanpak\n\nKern van de aanpak is de wisselwerking tussen de regie van de provincie en de regie in de dorpen.\n', 'regie/hol');
    yes('# Programma\n\n## Aanpak\n\nDe provincie neemt de regie tussen de gemeenten en de waterschappen.\n', 'regie/hol');
  });
  it('"niet meer en ook niet minder" is just enough, no vague change (doel/vaag)', () => {
    no('# Programma\n\n## Aanpak\n\nWe willen precies leveren wat de wijk vraagt, niet meer en ook niet minder.\n', 'doel/vaag');
    yes('# Programma\n\n## Aanpak\n\nWe willen meer doen voor de wijk en minder vergaderen.\n', 'doel/vaag');
  });
});

describe('voice27 contrast: a list of acts below a goal in running text takes it up (doel/vaag)', () => {
  const P = '# Programma veiligheid\n\n## Wat gaan we doen?\n\n';
  it('two or more own acts in the list below ("- we plaatsen …; - de wijkagent houdt spreekuur …")', () => {
    no(`${P}We willen de wijk veiliger maken:\n\n- we plaatsen nieuwe lantaarnpalen in het park;\n- we organiseren buurtpreventie met bewoners;\n- de wijkagent houdt spreekuur in het buurthuis.\n`, 'doel/vaag');
  });
  it('items that are vague results, talk or noun phrases, or a goal that is itself an item of a list of goals, stay', () => {
    yes(`${P}We willen de wijk veiliger maken:\n\n- we versterken de samenwerking met bewoners;\n- we verbeteren de communicatie in de wijk.\n`, 'doel/vaag');
    yes(`${P}We willen de wijk veiliger maken:\n\n- we bespreken de aanpak met bewoners;\n- we agenderen de verlichting in de raad.\n`, 'doel/vaag');
    yes(`${P}We willen de wijk veiliger maken:\n\n- meer aandacht voor verlichting;\n- betere samenwerking met bewoners.\n`, 'doel/vaag');
    yes(`${P}Onze speerpunten:\n\n1. De zorg willen we beter organiseren.\n2. We maken werk van de energietransitie in de wijken.\n3. We geven cultuur een plek in de wijken.\n`, 'doel/vaag');
  });
});
