/**
 * Contrast pairs of the twenty-fifth session (invented sentences): a joint board with powers leads the coalition
 * without the word regie (guide K4 "Applicability first", K4.regisseur); a board that decided in the past, a decision
 * without a board, and a board beside someone's regie claim do not make it the leader.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { no, sentence, yes } from './contrast';
import { readLocal } from '../../src/core/read/unit';

/** An invented raadsvoorstel on the budget of a joint body (no regie word in it). */
const RV = '# Raadsvoorstel zienswijze begroting Bedrijvenschap Lindepolder\n\nDe gemeente Kreekhaven neemt deel aan de gemeenschappelijke regeling Bedrijvenschap Lindepolder.\n\n## Toelichting\n\n';
const TASK = ' Het bedrijvenschap ontwikkelt en verkoopt bedrijfsgrond in de polder.';
const k4 = (body: string): string => {
  const c = analyze(RV + body + TASK + '\n').checklist;
  return ['K4.regietype', 'K4.regisseur'].map((k) => String(c[k].met)).join(' ');
};

/** Whether checklist `item` is met on the invented document `head` + `body`. */
const itemMet = (item: string, head: string, body: string): boolean | null => analyze(head + body + '\n').checklist[item].met;
/** Which of the four capacities K4.vermogens found on `head` + `body` ("mogen …, willen …, kunnen …, doen …"). */
const capacities = (head: string, body: string): string => analyze(head + body + '\n').checklist['K4.vermogens'].why ?? '';
/** An invented programme: regie claimed by a municipality that can (a budget) and has a doer (the wijkteam). */
const SCHULDHULP = '# Programma schuldhulp Lindewaard\n\n## Aanpak\n\nDe gemeente Lindewaard voert de regie op de schuldhulp in de wijken. Het wijkteam voert de aanpak uit. Wij stellen daarvoor € 400.000 beschikbaar.';

describe('voice26 contrast: a joint board with powers leads without the word regie (K4)', () => {
  it('a board that adopts the budget, or decides by majority, makes K4 applicable and is the regisseur', () => {
    assert.equal(k4('De begroting 2026 wordt na verwerking van de zienswijzen door het algemeen bestuur vastgesteld.'), 'false true');
    assert.equal(k4('Het algemeen bestuur besluit bij meerderheid van stemmen.'), 'false true');
  });
  it('the same decision without the board, or the board\'s decision told in the perfect, claims no leadership', () => {
    assert.equal(k4('De begroting 2026 wordt na verwerking van de zienswijzen vastgesteld.'), 'null null');
    assert.equal(k4('In mei heeft het dagelijks bestuur na lang overleg met de deelnemers de begroting 2026 vastgesteld.'), 'null null');
  });
  it('beside a regie claim by the word, the board does not make the claimant a regisseur', () => {
    assert.equal(k4('Het algemeen bestuur besluit bij meerderheid van stemmen. De gemeente neemt de regie op de verkoop van bedrijfsgrond.'), 'false false');
  });
});

describe('voice26 contrast: the will of the leading party is its ambition, decision or "we willen" (K4.vermogens willen)', () => {
  const willen = (extra: string): string => capacities(SCHULDHULP, extra);
  it('"wij willen", "onze ambitie", "heeft besloten om" give the third capacity', () => {
    assert.match(willen(' Wij willen dat niemand langer dan een maand op hulp wacht.'), /willen true/);
    assert.match(willen(' Het is onze ambitie dat niemand langer dan een maand op hulp wacht.'), /willen true/);
    assert.match(willen(' Het college heeft besloten om de schuldhulp in de wijken te beginnen.'), /willen true/);
  });
  it('"noodzakelijk" (guide: willen only as necessity is not met), residents who want something, or nothing, do not', () => {
    assert.match(willen(''), /willen false/);
    assert.match(willen(' Het is noodzakelijk dat niemand langer wacht.'), /willen false/);
    assert.match(willen(' Inwoners willen snel geholpen worden.'), /willen false/);
  });
});

describe('voice26 contrast: the legal basis of the leading party (K4.vermogens mogen)', () => {
  const why = (extra: string): string => capacities(SCHULDHULP, extra);
  it('"krachtens", "conform de Gemeentewet", "ingevolge de Participatiewet" name the basis; a law merely read is none', () => {
    assert.match(why(' Krachtens de Wet gemeentelijke schuldhulpverlening stelt de raad een plan vast.'), /mogen true/);
    assert.match(why(' Conform de Participatiewet biedt de gemeente begeleiding.'), /mogen true/);
    assert.match(why(' Het wijkteam las de nieuwe Participatiewet.'), /mogen false/);
  });
});

describe('voice26 contrast: money put at the regie\'s disposal without an amount is a means (K4.regiemiddelen)', () => {
  const H = '# Uitvoeringsagenda grondwater Lindewaard\n\n## Rol van de provincie\n\nDe provincie voert de procesregie op het grondwaterbeheer.';
  const means = (extra: string): boolean | null => itemMet('K4.regiemiddelen', H, extra);
  it('"stelt daarvoor middelen beschikbaar" gives the regie a budget; following another party\'s means, or nothing, does not', () => {
    assert.equal(means(' Zij stelt daarvoor middelen beschikbaar.'), true);
    assert.equal(means(' Zij volgt de middelen van de gemeenten.'), false);
    assert.equal(means(''), false);
  });
});

describe('voice26 contrast: interdependence is each partner\'s reason to join (K1.eigenbelang)', () => {
  const H = '# Programma grondwater Lindewaard\n\n## Waarom samen\n\n';
  const stake = (body: string): boolean | null => itemMet('K1.eigenbelang', H, body);
  it('"kunnen … niet alleen oplossen", "hebben elkaar nodig", "alleen in samenwerking met"; the same acts without it are none', () => {
    assert.equal(stake('Gemeenten kunnen de wateroverlast niet alleen oplossen.'), true);
    assert.equal(stake('Het waterschap en de gemeenten hebben elkaar nodig bij het beheer van het grondwater.'), true);
    assert.equal(stake('Dit lukt alleen in nauwe samenwerking met de provincie.'), true);
    assert.equal(stake('Het waterschap kan de wateroverlast oplossen.'), false);
    assert.equal(stake('Het waterschap helpt de gemeenten bij het beheer van het grondwater.'), false);
  });
});

describe('voice26 contrast: a partner may check the other\'s work, and progress is reported to the partners (K2.aanspreekbaar)', () => {
  const H = '# Overeenkomst beheer gemaal Kreekbeek\n\nDe ondergetekenden, het Waterschap Lindewaard en de Gemeente Kreekhaven, komen het volgende overeen.\n\n## Artikel 4\n\n';
  const answerable = (body: string): boolean | null => itemMet('K2.aanspreekbaar', H, body);
  it('the right to satisfy oneself of the state of the work, inspection of the books, progress reported to the partners', () => {
    assert.equal(answerable('De gemeente heeft het recht zich van de staat van het gemaal te overtuigen.'), true);
    assert.equal(answerable('De gemeente heeft recht op inzage in de administratie van het waterschap.'), true);
    assert.equal(answerable('Het waterschap informeert de partners jaarlijks over de voortgang.'), true);
  });
  it('a right to visit, or a task alone, holds no one to account', () => {
    assert.equal(answerable('De gemeente heeft het recht het gemaal te bezoeken.'), false);
    assert.equal(answerable('Het waterschap onderhoudt het gemaal.'), false);
  });
});

describe('voice26 contrast: the end of a person\'s initials is no "p.m." (geld/vaag)', () => {
  const PROG = '# Programma schuldhulp Lindewaard\n\n## Organisatie\n\n';
  it('"C.P.M. Jansen" names a member; "p.m." or "P.M." as an amount leaves the money open', () => {
    no(`${PROG}Leden van de commissie zijn mr. A. de Vries en prof. dr. C.P.M. Jansen.\n`, 'geld/vaag');
    yes(`${PROG}De bijdrage van de gemeente is p.m. en volgt later.\n`, 'geld/vaag');
    yes(`${PROG}Bijdrage gemeente: P.M.\n`, 'geld/vaag');
  });
});

describe('voice26 contrast: a buzzword capitalised on a later word of its phrase is part of a name (taal/toverwoord)', () => {
  const PROG = '# Programma registers\n\n## Aanpak\n\n';
  it('"de Doorontwikkeling in Samenhang van de registraties" names a programme; "in samenhang" in lower case is buzz', () => {
    no(`${PROG}We starten de Doorontwikkeling in Samenhang van de registraties om een integrale aanpak mogelijk te maken.\n`, 'taal/toverwoord');
    yes(`${PROG}We werken in samenhang aan een integrale doorontwikkeling van de registraties.\n`, 'taal/toverwoord');
  });
});

describe('voice26 contrast: a bracketed abbreviation before the participle keeps the clause whole (clause reader)', () => {
  const tenseOf = (text: string): string => {
    const s = sentence(text);
    return readLocal(s).clauses.filter((c) => !c.subordinate).map((c) => c.tense).join(' ');
  };
  it('"Om … te maken is het ministerie de … (DSR) gestart" is one perfect clause, as without the brackets', () => {
    assert.equal(tenseOf('Om een betere ordening mogelijk te maken is het ministerie het programma Registers (DSR) gestart.'), 'perfect');
    assert.equal(tenseOf('Om een betere ordening mogelijk te maken is het ministerie het programma Registers gestart.'), 'perfect');
  });
  it('an adjunct between two commas inside an open verb cluster keeps the clause whole; a list between commas does not', () => {
    assert.equal(tenseOf('De ziekenhuizen hebben, conform de wet, de coördinerende rol gekregen.'), 'perfect');
    assert.equal(tenseOf('We zullen, in overleg met de partners, een plan opstellen.'), 'future');
    assert.equal(tenseOf('De gemeente heeft, de provincie en het rijk, de leiding.'), 'present none');
  });
  it('so a regie role received in the perfect under a law is reported, not claimed (regie/hol)', () => {
    no('# Programma acute zorg\n\n## Rollen\n\nDe traumacentra hebben, conform de wet, de regierol voor het opzetten van het netwerk gekregen.\n', 'regie/hol');
  });
});

describe('voice26 contrast: single quotes around a word in lower case quote it (quotedAt)', () => {
  const PROG = '# Omgevingsvisie Lindewaard\n\n## Rol van de provincie\n\n';
  it('‘gebiedsregisseur’ and \'gebiedsregisseur\' are quoted labels; the same word unquoted, or after the elided \'s, is claimed', () => {
    no(`${PROG}Het bestuurlijke profiel van de provincie is dat van ‘gebiedsregisseur’ van de regio.\n`, 'regie/hol');
    no(`${PROG}Het bestuurlijke profiel van de provincie is dat van 'gebiedsregisseur' van de regio.\n`, 'regie/hol');
    yes(`${PROG}De provincie is gebiedsregisseur van de regio.\n`, 'regie/hol');
    yes(`${PROG}De provincie is 's avonds gebiedsregisseur van de regio.\n`, 'regie/hol');
  });
});

describe('voice26 contrast: "komt overeen met" corresponds, "komen (het volgende) overeen" agrees (doctype)', () => {
  const NOTE = '# Architectuur gegevensuitwisseling\n\n## Interacties\n\nDe afbeelding toont de stappen van de uitwisseling. De interacties komen overeen met de pijlen in de afbeelding. Elke stap heeft een eigen bericht.\n';
  const AGREE = '# Afspraken gegevensuitwisseling\n\nDe gemeente Lindewaard en de gemeente Kreekhaven komen het volgende overeen.\n\n## Artikel 1\n\nElke stap heeft een eigen bericht.\n';
  const FROM = '# Afspraken gegevensuitwisseling\n\nDe gemeente Lindewaard en de gemeente Kreekhaven komen overeen met ingang van 1 januari 2027 gegevens uit te wisselen.\n\n## Artikel 1\n\nElke stap heeft een eigen bericht.\n';
  it('a correspondence makes no agreement; the agreement formula, also with "met ingang van", does', () => {
    assert.notEqual(analyze(NOTE).profile.doctype, 'convenant');
    assert.equal(analyze(AGREE).profile.doctype, 'convenant');
    assert.equal(analyze(FROM).profile.doctype, 'convenant');
  });
});

describe('voice26 contrast: the joint act after "en … met hen" names the work (eigenaar/samenwerken)', () => {
  const PROG = '# Programma toerisme Lindewaard\n\n## Aanpak\n\n';
  it('"en ontwikkelen met hen een zomerroute", "en ontwikkelen samen een campagne" name it; "en praten met hen" does not', () => {
    no(`${PROG}We versterken de samenwerking met de musea en ontwikkelen met hen een gezamenlijke zomerroute.\n`, 'eigenaar/samenwerken');
    no(`${PROG}We versterken de samenwerking met de musea en ontwikkelen samen een campagne.\n`, 'eigenaar/samenwerken');
    yes(`${PROG}We versterken de samenwerking met de musea en praten met hen.\n`, 'eigenaar/samenwerken');
    yes(`${PROG}We versterken de samenwerking met de musea.\n`, 'eigenaar/samenwerken');
  });
});

describe('voice26 contrast: goals realised are goals stated elsewhere, also with their field named (doel/vaag)', () => {
  const PROG = '# Programma economie Lindewaard\n\n## Aanpak\n\n';
  it('"de realisatie van onze ambities op het gebied van duurzaamheid" refers; "Onze ambities op het gebied van duurzaamheid zijn …" states them', () => {
    no(`${PROG}Met tal van projecten stimuleren we de werkgelegenheid en de realisatie van onze ambities op het gebied van duurzaamheid.\n`, 'doel/vaag');
    yes(`${PROG}Onze ambities op het gebied van duurzaamheid zijn een schonere stad en een betere wijk.\n`, 'doel/vaag');
  });
});

describe('voice26 contrast: the typewriter quotes and the verbs of holding harm down', () => {
  const PLAN = '# Waterplan Lindewaard\n\n## Aanpak\n\n';
  it('a goal inside ,,…\'\' is the quoted speaker\'s, also when the quotation opened a sentence earlier (doel/vaag)', () => {
    no(`${PLAN},,Het water vraagt veel van ons. Met dit plan willen we daarom nog intensiever samenwerken met onze omgeving en meer samenhang creëren.'' Dat zegt de dijkgraaf.\n`, 'doel/vaag');
    yes(`${PLAN}Het water vraagt veel van ons. Met dit plan willen we daarom nog intensiever samenwerken met onze omgeving en meer samenhang creëren.\n`, 'doel/vaag');
  });
  it('"de risico\'s zoveel mogelijk beheersen" asks the utmost; "de slachtoffers zoveel mogelijk ondersteunen" hedges (taal/voorbehoud)', () => {
    no(`${PLAN}Daarbij beheersen we de risico's voor de samenleving zoveel mogelijk.\n`, 'taal/voorbehoud');
    yes(`${PLAN}Daarbij ondersteunen we de slachtoffers zoveel mogelijk.\n`, 'taal/voorbehoud');
  });
});
