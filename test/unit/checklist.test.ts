/**
 * Checklist items: per item, invented Dutch fixtures that must meet it and fixtures that must not
 * (guide/judgement.md §1). All sentences and places are made up for these tests.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { evaluateChecklist } from '../../src/core/checklist/evaluate';
import { CHECKLIST_ITEMS, CHECKLIST_IDS, KEY_TITLES } from '../../src/core/checklist/items';
import { PHASE_QUESTIONS, openQuestions } from '../../src/core/checklist/phases';
import { compileCue, matchCue } from '../../src/core/checklist/cues';

function check(text: string) {
  const doc = buildDocument(text, 'markdown');
  return evaluateChecklist(doc, readRegie(doc));
}

interface Case { id: string; pos: string[]; neg: string[] }

const CASES: Case[] = [
  {
    id: 'K1.opgave',
    pos: [
      'Steeds meer ouderen in Holtwaard wonen alleen en raken in een isolement.',
      'In Wijkerveen groeit de wachtlijst voor jeugdhulp al twee jaar; gezinnen wachten maanden op hulp.',
    ],
    neg: [
      'Zo werken beide diensten efficiënter en dalen de beheerkosten.',
      'Het college stelt de agenda van het overleg vast.',
    ],
  },
  {
    id: 'K1.doel',
    pos: [
      'In 2028 hebben 120 extra jongeren in Wijkerveen een startkwalificatie.',
      'Vóór 2027 realiseren de partners 400 nieuwe sociale huurwoningen.',
    ],
    neg: [
      'We willen de leefbaarheid in de wijk merkbaar verbeteren.',
      'Minimaal 80% van het budget wordt vóór 2026 besteed.',
      'De aanvraag wordt binnen twee weken beantwoord.',
    ],
  },
  {
    id: 'K1.afbakening',
    pos: [
      'Het leerlingenvervoer valt buiten deze afspraken.',
      'De regeling geldt uitsluitend voor huishoudens met een laag inkomen.',
      'Deze aanpak is geen vervanging van de bestaande schuldhulp.',
    ],
    neg: [
      'Onder jongeren verstaan wij inwoners van 12 tot 23 jaar.',
      'De aanpak richt zich op drie wijken in het oosten van de stad.',
    ],
  },
  {
    id: 'K1.afnemers',
    pos: [
      'De steunpunten zijn bedoeld voor mantelzorgers van thuiswonende ouderen. Ook jonge mantelzorgers kunnen er terecht.',
      'Huurders met een betalingsachterstand krijgen binnen een week bezoek. Voor huurders zonder netwerk is er een vaste coach.',
    ],
    neg: [
      'Uiteindelijk profiteren alle burgers en bedrijven hiervan.',
      'De partners komen vier keer per jaar bijeen.',
    ],
  },
  {
    id: 'K1.behoefte',
    pos: [
      'Als ouder wil ik één contactpersoon die mijn hele dossier kent.',
      'Ouders hebben behoefte aan één vast aanspreekpunt op school.',
    ],
    neg: [
      'Het aanbod sluit zo goed mogelijk aan bij de behoeften.',
      'De aanbieders stellen eisen aan de kwaliteit van de gegevens.',
    ],
  },
  {
    id: 'K1.betrokkenheid',
    pos: [
      'Een cliëntenpanel beoordeelt elk halfjaar de werkwijze van het wijkteam.',
      'Samen met de bewoners ontwerpen we het nieuwe buurtplein.',
    ],
    neg: [
      'Betrokkenen ontvangen een brief over het besluit.',
      'Belanghebbenden kunnen een zienswijze indienen.',
    ],
  },
  {
    id: 'K1.eigenbelang',
    pos: [
      'De meerwaarde van de samenwerking is dat geen van de partners dit alleen kan.',
      'Beide partijen hebben er belang bij dat de meldingen sneller worden afgehandeld.',
    ],
    neg: [
      'Partijen achten het wenselijk om samen te werken.',
      'Partijen onderschrijven het belang van een goede aanpak.',
    ],
  },
  {
    id: 'K1.last_baat',
    pos: [
      'Zolang de wachtlijst blijft, gaat dit ten koste van gezinnen en scholen.',
      'Huurders profiteren direct van lagere energielasten.',
    ],
    neg: [
      'Een tekort wordt naar rato tussen de partners verdeeld.',
      'Het overleg bespreekt de voortgang.',
    ],
  },
  {
    id: 'K2.partners',
    pos: [
      'Deelnemers zijn de gemeente Holtwaard, Woonstichting Heuvelrand en de GGD.',
      'Stichting Brugwerk en de gemeente Wijkerveen tekenen deze overeenkomst.',
    ],
    neg: [
      'Relevante partijen sluiten later aan.',
      'Alle ketenpartners en stakeholders worden uitgenodigd.',
    ],
  },
  {
    id: 'K2.rollen',
    pos: [
      'De provincie betaalt de procesbegeleiding. Het waterschap levert de meetgegevens.',
      'De gemeente Holtwaard financiert de coaches; Woonstichting Heuvelrand stelt twee woningen beschikbaar.',
    ],
    neg: [
      'De inbreng van de partners volgt in het actieplan.',
      'We gaan samen aan de slag en zorgen voor een goede aanpak.',
    ],
  },
  {
    id: 'K2.aanspreekbaar',
    pos: [
      'De stuurgroep legt jaarlijks verantwoording af over het totaal.',
      'Bij niet-nakoming van de afspraken kan de andere partij de zaak na een schriftelijke ingebrekestelling zelf oppakken.',
    ],
    neg: [
      'Iedere partij blijft verantwoordelijk voor de eigen taken.',
      'De afspraken zijn niet afdwingbaar en partijen spannen zich in.',
    ],
  },
  {
    id: 'K2.spelregels',
    pos: [
      'Een geschil gaat binnen zes weken naar een onafhankelijke voorzitter.',
      'Een partij kan deze overeenkomst met een opzegtermijn van drie maanden opzeggen.',
      'De samenwerking wordt in 2027 geëvalueerd.',
    ],
    neg: [
      'Het overleg komt enkele keren per jaar bijeen.',
      'De werkgroep bepaalt zelf haar werkwijze.',
    ],
  },
  {
    id: 'K2.mandaat',
    pos: [
      'Elke deelnemer stuurt een bestuurder die namens de eigen organisatie besluit.',
      'De stichting, vertegenwoordigd door haar directeur, ondertekent dit convenant.',
    ],
    neg: [
      'De werkgroep mist nog mandaat.',
      'De medewerkers nemen op vrijwillige basis deel.',
    ],
  },
  {
    id: 'K3.geld',
    pos: [
      'Voor 2026 en 2027 is jaarlijks € 450.000 beschikbaar.',
      'De provincie draagt 1,2 miljoen euro bij aan het fonds.',
    ],
    neg: [
      'De dekking vindt plaats binnen bestaande budgetten.',
      'Wij investeren fors in de wijk.',
      'De kosten zijn p.m.',
    ],
  },
  {
    id: 'K3.financiering',
    pos: [
      'Beide gemeenten dragen de helft van de kosten; een overschrijding komt voor rekening van de trekker.',
      'De provincie financiert de projectleider.',
    ],
    neg: [
      'Over de financiering volgen later afspraken.',
      'Middelen worden voor zover mogelijk vrijgemaakt.',
    ],
  },
  {
    id: 'K3.mensen',
    pos: [
      'Het programmabureau telt 3,5 fte onder leiding van een kwartiermaker.',
      'Elke partner zet 16 uur per week in voor het wijkteam.',
    ],
    neg: [
      'Partners stellen waar nodig mensen beschikbaar.',
      'Er is voldoende capaciteit om het werk te doen.',
    ],
  },
  {
    id: 'K3.besliskracht',
    pos: [
      'De stuurgroep besluit bij meerderheid; de wethouder heeft doorzettingsmacht.',
      'Het college stelt het jaarplan vast na instemming van de besturen.',
    ],
    neg: [
      'De regietafel agendeert knelpunten.',
      'Er is besloten om een werkgroep te vormen.',
    ],
  },
  {
    id: 'K3.juridisch',
    pos: [
      'Holtwaard en Wijkerveen richten samen een gemeenschappelijke regeling op.',
      'Dit convenant wordt gesloten voor vier jaar.',
    ],
    neg: [
      'We maken goede afspraken met elkaar.',
      'De partners werken prettig samen in de wijk.',
    ],
  },
  {
    id: 'K3.werkprocessen',
    pos: [
      'Alle meldingen lopen via één loket en worden binnen vijf werkdagen toegewezen.',
      'De partners hanteren één gezamenlijke definitie van een multiprobleemgezin.',
    ],
    neg: [
      'Partijen streven naar een integrale werkwijze.',
      'We willen de samenwerking versterken.',
    ],
  },
  {
    id: 'K3.planning_control',
    pos: [
      'Vóór 1 maart rapporteert de projectleider over zes indicatoren.',
      'De voortgang wordt jaarlijks in een rapportage aan de raad verantwoord.',
    ],
    neg: [
      'De voortgang wordt periodiek gemonitord.',
      'Monitoring is een belangrijk uitgangspunt.',
    ],
  },
  {
    id: 'K4.regietype',
    pos: [
      'De provincie voert procesregie: zonder eigen belang bewaakt zij het verloop.',
      'De gemeente kiest voor uitvoeringsregie en brengt eigen geld en mensen in.',
    ],
    neg: [
      'De gemeente heeft de regie in het sociaal domein.',
      'Er komt meer regie op de zorgroute.',
    ],
  },
  {
    id: 'K4.regisseur',
    pos: [
      'De deelnemers wijzen Holtwaard aan als regisseur voor vier jaar.',
      'De regiegroep wordt voorgezeten door de burgemeester van Wijkerveen.',
    ],
    neg: [
      'Alle partners voeren samen de regie op het netwerk.',
      'Wij pakken samen de regie.',
      '# Convenant Veilig Holtwaard\n\nDe gemeente Holtwaard en Woonstichting Heuvelrand komen het volgende overeen.\n\n## Artikel 2\n\nDe financiering wordt nader bepaald.\n\n## Artikel 3 Regie\n\nDe gemeente Holtwaard neemt de regie op de aanpak.',
    ],
  },
  {
    id: 'K4.regiemiddelen',
    pos: [
      'De regisseur beheert € 2 miljoen en mag opdrachten aan partners geven.',
      'De gemeente voert de regie en heeft de bevoegdheid om een vergunning te weigeren.',
    ],
    neg: [
      'Er komt meer regie op de zorgroute.',
      'De regietafel krijgt een vergaderruimte.',
    ],
  },
];

describe('checklist items: invented fixtures', () => {
  for (const c of CASES) {
    describe(c.id, () => {
      c.pos.forEach((text, i) => it(`met: fixture ${i + 1}`, () => {
        const r = check(text)[c.id];
        assert.equal(r.met, true, `${c.id} should be met by: ${text}`);
        assert.ok(r.evidence.length > 0, 'a met item has evidence');
        for (const e of r.evidence) assert.equal(text.slice(e.start, e.end).replace(/\s+/g, ' ').trim().length > 0, true);
      }));
      c.neg.forEach((text, i) => it(`not met: fixture ${i + 1}`, () => {
        const r = check(text)[c.id];
        assert.notEqual(r.met, true, `${c.id} should not be met by: ${text}`);
        assert.equal(r.evidence.length, 0, 'an unmet item has no evidence');
      }));
    });
  }
  it('covers every item with at least two positive and two negative fixtures (K4.vermogens below)', () => {
    for (const id of CHECKLIST_IDS.filter((x) => x !== 'K4.vermogens')) {
      const c = CASES.find((x) => x.id === id);
      assert.ok(c && c.pos.length >= 2 && c.neg.length >= 2, id);
    }
  });
});

describe('checklist: K4 applicability and vermogens', () => {
  it('K4 items are null when regie or leadership is never claimed', () => {
    const r = check('De gemeente Holtwaard betaalt de coaches. Woonstichting Heuvelrand levert twee woningen.');
    for (const id of ['K4.regietype', 'K4.regisseur', 'K4.regiemiddelen', 'K4.vermogens']) assert.equal(r[id].met, null, id);
  });
  it('citizens\' own regie does not make K4 applicable', () => {
    const r = check('Inwoners houden zelf de regie over hun eigen leven. De gemeente betaalt de coaches.');
    assert.equal(r['K4.regisseur'].met, null);
  });
  it('a body with regie in its name makes K4 applicable', () => {
    const r = check('Er is een Regiegroep Wonen die de samenhang bewaakt. De regiegroep vergadert vier keer per jaar.');
    assert.notEqual(r['K4.regisseur'].met, null);
  });
  it('leadership claimed without the word regie makes K4 applicable, and a chosen lead is a regisseur', () => {
    const r = check('De deelnemers wijzen de provincie aan als trekker van de coalitie. De provincie neemt het voortouw bij de planvorming.');
    assert.notEqual(r['K4.regisseur'].met, null);
    assert.equal(r['K4.regisseur'].met, true);
    assert.equal(check('De provincie betaalt de planvorming. Het waterschap levert gegevens.')['K4.regisseur'].met, null);
  });
  it('vermogens: met with mogen, willen, kunnen and doen visible', () => {
    const text = [
      'De gemeente voert de regie op de schuldhulp.',
      'Schuldhulp is onze wettelijke taak op grond van de Wet gemeentelijke schuldhulpverlening.',
      'Schuldhulp heeft voor ons de hoogste prioriteit.',
      'We zetten daarvoor jaarlijks € 300.000 en vier fte in.',
      'De gemeente levert de consulenten; de kredietbank verzorgt de budgetbeheerrekeningen.',
    ].join(' ');
    assert.equal(check(text)['K4.vermogens'].met, true);
  });
  it('vermogens: not applicable when no government party appears', () => {
    const text = 'Stichting Brugwerk voert de regie op het buurthuis en zet twee fte in. Woonstichting Heuvelrand levert de ruimte.';
    assert.equal(check(text)['K4.vermogens'].met, null);
    assert.notEqual(check(text)['K4.regisseur'].met, null);
  });
  it('vermogens: not met with only one capacity', () => {
    const text = 'De gemeente voert de regie op de schuldhulp. Het is een belangrijk thema voor de wijk.';
    assert.equal(check(text)['K4.vermogens'].met, false);
  });
});

describe('checklist: modifiers', () => {
  it('a hedge or deferral cancels a people commitment', () => {
    assert.equal(check('Het programmabureau wordt nog te bepalen door de partners.')['K3.mensen'].met, false);
  });
  it('something stated as absent does not meet a commitment item', () => {
    assert.equal(check('Er komt geen projectleider en er is geen programmabureau.')['K3.mensen'].met, false);
    assert.equal(check('Er zijn geen afspraken over geschillen of opzegging.')['K2.spelregels'].met, false);
    assert.equal(check('De stuurgroep heeft geen bevoegdheid om besluiten te nemen.')['K3.besliskracht'].met, false);
    assert.equal(check('Er komt een projectleider voor drie jaar.')['K3.mensen'].met, true);
  });
  it('negation turns mandate into its absence', () => {
    assert.equal(check('De vertegenwoordigers hebben onvoldoende mandaat van hun organisaties.')['K2.mandaat'].met, false);
  });
  it('a dated, numbered goal still passes under "streven"', () => {
    assert.equal(check('We streven ernaar dat in 2027 300 extra inwoners werk hebben gevonden.')['K1.doel'].met, true);
  });
  it('a list item inherits the actor of its lead-in (dated goal + committed reporting)', () => {
    const text = 'In 2027 hebben 200 extra huishoudens een energiecoach gehad.\n\nStichting Brugwerk:\n\n- begeleidt de coaches;\n- laat de monitoring en evaluatie uitvoeren.\n';
    assert.equal(check(text)['K3.planning_control'].met, true);
    const without = 'In 2027 hebben 200 extra huishoudens een energiecoach gehad.\n\nDaarnaast:\n\n- monitoring en evaluatie zijn van belang.\n';
    assert.equal(check(without)['K3.planning_control'].met, false);
  });
  it('evidence spans point into the original text', () => {
    const text = '# Kop\n\nVoor 2026 is jaarlijks € 450.000 beschikbaar.';
    const r = check(text)['K3.geld'];
    assert.equal(r.evidence[0].line, 3);
    assert.ok(text.slice(r.evidence[0].start, r.evidence[0].end).includes('450.000'));
  });
});

describe('checklist: metadata', () => {
  it('has 24 items with Dutch and English titles, explanations and a book reference', () => {
    assert.equal(CHECKLIST_ITEMS.length, 24);
    for (const i of CHECKLIST_ITEMS) {
      assert.ok(i.title.nl && i.title.en && i.explanation.nl && i.explanation.en && i.met.nl && i.met.en && i.book, i.id);
      assert.notEqual(i.title.nl, i.title.en, i.id);
    }
    assert.deepEqual(Object.keys(KEY_TITLES), ['K1', 'K2', 'K3', 'K4']);
  });
  it('phase questions refer to existing items and every phase has one per key', () => {
    for (const [fase, qs] of Object.entries(PHASE_QUESTIONS)) {
      for (const q of qs) for (const id of q.items) assert.ok(CHECKLIST_IDS.includes(id), `${fase} ${q.id} ${id}`);
      assert.ok(new Set(qs.map((q) => q.key)).size >= 3, fase);
    }
  });
  it('openQuestions lists a question when one of its items is a gap', () => {
    const all = Object.fromEntries(CHECKLIST_IDS.map((id) => [id, { met: true }]));
    assert.equal(openQuestions('contracteren', all).length, 0);
    const gap = { ...all, 'K3.geld': { met: false } };
    assert.ok(openQuestions('contracteren', gap).some((q) => q.items.includes('K3.geld')));
  });
  it('cue phrases match at word edges, with diacritics and hyphens inside words', () => {
    const re = compileCue(['escaleren', 'cliëntenraad']);
    assert.ok(re.test('wij escaleren naar het bestuur'));
    assert.ok(!re.test('burgers de-escaleren zelf'));
    assert.ok(re.test('de cliëntenraad adviseert'));
    assert.equal(matchCue('afbakening', 'Dit valt buiten de opdracht.'), 'valt buiten');
    assert.equal(matchCue('rollenVerb', 'De gemeente verbindt zich tot levering.'), 'verbindt zich');
    assert.ok(matchCue('spelregelsEval', 'De aanpak wordt in 2027 geëvalueerd.'));
    assert.equal(matchCue('spelregelsEval', 'De aanpak wordt goed.'), undefined);
    assert.equal(matchCue('hedge', 'Partijen spannen zich in.'), 'spannen zich in');
    assert.equal(matchCue('opgaveProblem', 'Er is een groot lerarentekort.'), 'lerarentekort');
  });
});
