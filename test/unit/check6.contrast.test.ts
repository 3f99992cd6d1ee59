/**
 * Checklist items that carry over to unseen documents (issue 13; guide real-documents kinds B1 "closed phrase lists for
 * open-ended content" and B2 "form variants"). Per item: what the contract (spec/checklist.md §A) and the book say it
 * means, then invented texts that meet it in different wordings (verbal, nominal, passive, compound, inverted, list
 * form) and near-misses that do not (negated, intention only, another party, another sense). Each pair is one text and
 * the same text with one change that flips the outcome. All sentences, places and organisations are made up.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { evaluateChecklist } from '../../src/core/checklist/evaluate';
import { computeProfile } from '../../src/core/profile/profile';

function met(id: string, text: string): boolean | null {
  const doc = buildDocument(text, 'markdown');
  return evaluateChecklist(doc, readRegie(doc))[id].met;
}

interface Pair { why: string; yes: string; no: string }

/** What an item means, in the project's words (contract §A and the book chapter it cites). */
const MEANING: Record<string, string> = {
  'K1.opgave': 'the societal problem or need the work answers (a shortage, a harm, a growing group in trouble), not only what the organisations will do (ch. 3 "Opgave")',
  'K1.doel': 'a simple, concrete coalition goal: a number with a unit and a time frame, or a guiding principle each partner is held to',
  'K1.afbakening': 'what is out of scope or what the coalition will not do ("durven we ook te zeggen wat er niet in zit?")',
  'K1.afnemers': 'the afnemers named concretely: a target group, clients, residents of a kind; "de burger" once is not enough',
  'K1.behoefte': 'what the afnemers need or ask for, in results or qualities (demand side)',
  'K1.betrokkenheid': 'the afnemers involved: panels, co-design, their judgement asked, a role in the coalition ("kennen wij hun oordeel?")',
  'K1.eigenbelang': 'why each partner takes part: its own interest or unique value, and the added value none could reach alone',
  'K1.last_baat': 'who bears the cost while the problem lasts and who gains once it is solved',
  'K2.partners': 'the partners named as concrete organisations or roles',
  'K2.rollen': 'each named partner\'s contribution or role (dragers and schragers)',
  'K2.aanspreekbaar': 'partners can hold each other to their contributions, and someone answers for the result of the whole',
  'K2.spelregels': 'rules of play: decisions, disputes, evaluation of the cooperation, joining and leaving',
  'K2.mandaat': 'the people at the table are mandated by or backed by their own organisations',
  'K3.geld': 'money quantified for the work: amounts in euros',
  'K3.financiering': 'who pays, invests or bears the financial risk; or a joint pot',
  'K3.mensen': 'people and capacity quantified (fte, hours) or a named work apparatus',
  'K3.besliskracht': 'how decision power is arranged: who decides what, by which rule',
  'K3.juridisch': 'the legal form named: convenant, overeenkomst, gemeenschappelijke regeling, stichting, or explicit oral agreements',
  'K3.werkprocessen': 'the professional collaboration arranged: aligned processes, one desk, a shared case route, shared standards',
  'K3.planning_control': 'result agreements with dates and how progress is reported',
  'K4.regietype': 'which kind of regie is meant (proces-, ordenings-, uitvoeringsregie, or a rung of the participation ladder)',
  'K4.regisseur': 'who leads and on whose authority, carried by the partners',
  'K4.regiemiddelen': 'the regie role has its means: mandate, budget, people',
  'K4.vermogens': 'a government addresses at least three of mogen, willen, kunnen, doen',
};

function pairs(id: string, list: Pair[]): void {
  describe(`check6 contrast ${id}: ${MEANING[id]}`, () => {
    for (const p of list) {
      it(p.why, () => {
        assert.equal(met(id, p.yes), true, `expected met: ${p.yes}`);
        assert.equal(met(id, p.no), false, `expected not met: ${p.no}`);
      });
    }
  });
}

describe('check6: every item has a written meaning', () => {
  it('24 meanings, one per contract item', () => {
    assert.equal(Object.keys(MEANING).length, 24);
  });
});

pairs('K1.opgave', [
  { why: 'a public good that cannot cope any more (separable aankunnen, negated) versus coping',
    yes: 'In de kustdorpen kunnen de huisartsen de vraag in de zomer niet meer aan.',
    no: 'In de kustdorpen nemen de huisartsen de vraag in de zomer over.' },
  { why: 'an insufficiency of a public good (te weinig leraren) versus a plain count',
    yes: 'Kleine scholen hebben te weinig leraren om alle groepen te bemensen.',
    no: 'Kleine scholen hebben drie leraren om alle groepen te bemensen.' },
  { why: 'people as subject of a clause of difficulty, with a plural the tagger misreads (jongeren)',
    yes: 'Jongeren in de wijk vinden moeilijk een stageplek.',
    no: 'Jongeren in de wijk vinden snel een stageplek.' },
  { why: 'a rising count of people (het aantal gezinnen … is verdubbeld) versus a count that stays',
    yes: 'Het aantal gezinnen met een betalingsachterstand is verdubbeld.',
    no: 'Het aantal gezinnen in de wijk is bekend.' },
]);

pairs('K1.afbakening', [
  { why: '"niet op X maar op Y" contrast versus "op X en op Y"',
    yes: 'Het project richt zich niet op nieuwbouw maar op bestaande woningen.',
    no: 'Het project richt zich op nieuwbouw en op bestaande woningen.' },
  { why: '"hoort niet bij" the body\'s tasks versus "hoort bij"',
    yes: 'Het verstrekken van leningen hoort nadrukkelijk niet bij de taken van het fonds.',
    no: 'Het verstrekken van leningen hoort nadrukkelijk bij de taken van het fonds.' },
  { why: 'a contrast ", niet <groep>" versus a conjunction',
    yes: 'Het loket helpt huurders, niet hun verhuurders.',
    no: 'Het loket helpt huurders en hun verhuurders.' },
]);

pairs('K1.afnemers', [
  { why: 'groups by morphology (plural people heads outside any list; a compound) versus generic residents',
    yes: 'Het fonds is bestemd voor asielzoekers in de oude kern.\n\nOok bijstandsgerechtigden in de wijk kunnen een lening aanvragen.',
    no: 'Het fonds is bestemd voor inwoners in de oude kern.\n\nOok bewoners in de wijk kunnen een lening aanvragen.' },
  { why: 'a compound of a people head names a group; staff are no afnemers',
    yes: 'De opvang is er voor peuters.\n\nDe jeugdzorgcliënten krijgen een vaste begeleider.',
    no: 'De opvang is er voor mensen.\n\nDe medewerkers krijgen een vaste begeleider.' },
  { why: 'a false compound split ("voornemens" is no kind of "mens")',
    yes: 'De coach spreekt met statushouders.\n\nDe mantelzorgers krijgen respijt.',
    no: 'De officier is voornemens een zaak te openen.\n\nDe rechter is voornemens te beslissen.' },
]);

pairs('K1.betrokkenheid', [
  { why: 'asking the people for their experiences versus telling them',
    yes: 'Twee keer per jaar vragen we de bezoekers van de bibliotheek naar hun ervaringen.',
    no: 'Twee keer per jaar vertellen we de bezoekers van de bibliotheek over de nieuwe boeken.' },
  { why: 'a say in a choice (een stem in) versus being told of the choice',
    yes: 'De bewoners krijgen een stem in de keuze van de aannemer.',
    no: 'De bewoners krijgen een brief over de keuze van de aannemer.' },
  { why: 'people as subject of an involvement verb versus a delivery verb',
    yes: 'Huurders praten mee over de inrichting van het plein.',
    no: 'Huurders betalen mee aan de inrichting van het plein.' },
]);

pairs('K1.eigenbelang', [
  { why: 'necessity for a named party (onmisbaar voor de corporatie) versus for nobody in particular',
    yes: 'Voor de woningcorporatie is een vroeg signaal onmisbaar om huisuitzettingen te voorkomen.',
    no: 'Een vroeg signaal is soms handig om huisuitzettingen te voorkomen.' },
  { why: 'a party that needs something for its own statutory task versus its plain receipt',
    yes: 'Het waterschap heeft de meetgegevens nodig voor zijn eigen wettelijke taak.',
    no: 'Het waterschap ontvangt de meetgegevens van de provincie.' },
  { why: 'a named party that gains (baat) versus the afnemers that gain',
    yes: 'De zorgverzekeraar heeft er baat bij dat minder patiënten op de spoedeisende hulp belanden.',
    no: 'De buurt heeft er baat bij dat het plein groener wordt.' },
  { why: 'more than each could alone (comparative with afzonderlijk) versus each alone',
    yes: 'Samen bereiken we meer dan ieder afzonderlijk.',
    no: 'Ieder werkt afzonderlijk aan het eigen plan.' },
]);

pairs('K1.last_baat', [
  { why: 'people who pay the bill while the problem lasts (idiom) versus people who get a bill',
    yes: 'Zolang er geen oplossing is, betalen de huurders de rekening.',
    no: 'Zolang er geen oplossing is, ontvangen de huurders een folder.' },
]);

pairs('K2.rollen', [
  { why: '"is belast met" and "richten zich op" as role verbs of two named parties versus mentions only',
    yes: 'De provincie is belast met het meetnet; de gemeenten richten zich op de handhaving.',
    no: 'De provincie kent het meetnet; de gemeenten kennen de handhaving.' },
  { why: 'a contribution read from the clause record (draagt er zorg voor; zal … verzorgen) versus negated and optional',
    yes: 'De gemeente draagt er zorg voor dat de ruimte schoon is.\n\nStichting Noordlicht zal de cursussen verzorgen.',
    no: 'De gemeente draagt er geen zorg voor dat de ruimte schoon is.\n\nStichting Noordlicht zou de cursussen kunnen verzorgen.' },
  { why: 'a separable role verb far from its particle (leidt … op) versus the same work in the past',
    yes: 'De provincie werft de vrijwilligers.\n\nDe bibliotheek leidt de nieuwe vrijwilligers in het voorjaar op.',
    no: 'De provincie werft de vrijwilligers.\n\nDe bibliotheek leidde de nieuwe vrijwilligers vorig voorjaar op.' },
  { why: 'a noun read as a verb ("bij zorgen") is no act of the party',
    yes: 'De gemeente werft de vrijwilligers.\n\nDe politie zal bij zorgen de hulpverlening inzetten.',
    no: 'De gemeente werft de vrijwilligers.\n\nDe politie belt bij zorgen de hulplijn.' },
]);

pairs('K2.aanspreekbaar', [
  { why: 'partners that can hold each other to their commitments (separable aanspreken) versus discussing them',
    yes: 'De partners kunnen elkaar op de nakoming van deze afspraken aanspreken.',
    no: 'De partners kunnen elkaar over de inhoud van deze afspraken informeren.' },
  { why: 'a sanction on not keeping a commitment (niet nakomt) versus keeping it',
    yes: 'Wie zijn toezegging niet nakomt, betaalt de kosten van de vervanging.',
    no: 'Wie zijn toezegging graag nakomt, betaalt de kosten van de vervanging.' },
  { why: 'one party responsible for the result of the whole versus for its own part',
    yes: 'De stichting is verantwoordelijk voor de uitvoering van het gehele programma.',
    no: 'De stichting werkt mee aan de uitvoering van het gehele programma.' },
  { why: 'a duty to inform at once versus an option to inform',
    yes: 'De uitvoerder stelt de opdrachtgever onverwijld op de hoogte van elke vertraging.',
    no: 'De uitvoerder bespreekt met de opdrachtgever elke vertraging.' },
]);

pairs('K2.spelregels', [
  { why: 'dissolution of the cooperation by law versus its start',
    yes: 'De samenwerking eindigt van rechtswege wanneer het laatste perceel is verkocht.',
    no: 'De samenwerking begint zodra het eerste perceel is verkocht.' },
  { why: 'say divided equally between the partners versus a say not divided',
    yes: 'De zeggenschap in het bedrijfschap is gelijk verdeeld over beide gemeenten.',
    no: 'De zeggenschap in het bedrijfschap komt later aan de orde.' },
]);

pairs('K2.mandaat', [
  { why: 'authorised (gemachtigd) by the own board versus invited',
    yes: 'De wethouder is door het college gemachtigd deze overeenkomst te ondertekenen.',
    no: 'De wethouder is door het college uitgenodigd deze overeenkomst te bespreken.' },
  { why: 'deciding on behalf of the own organisation versus for itself',
    yes: 'Elke deelnemer besluit namens de eigen organisatie over de inzet.',
    no: 'Elke deelnemer besluit voor zichzelf over de inzet.' },
]);

pairs('K3.financiering', [
  { why: 'costs divided over the parties with a longer middle field versus costs named',
    yes: 'De kosten van het gezamenlijke loket worden gelijk verdeeld over de drie gemeenten.',
    no: 'De kosten van het gezamenlijke loket worden in de bijlage toegelicht.' },
]);

pairs('K3.juridisch', [
  { why: 'an agreement made with a named party (met … is overeengekomen) versus a talk with it',
    yes: 'Met de eigenaar van het pand is overeengekomen dat de huur vijf jaar loopt.',
    no: 'Met de eigenaar van het pand is gesproken over de huur.' },
  { why: 'the cooperation has the form of a stichting versus knowing the merits of one',
    yes: 'Het samenwerkingsverband heeft de vorm van een stichting.',
    no: 'Het samenwerkingsverband kent de voordelen van een stichting.' },
]);

pairs('K3.werkprocessen', [
  { why: 'one central channel for all reports versus several own channels',
    yes: 'Alle meldingen komen binnen via één centraal telefoonnummer.',
    no: 'Alle meldingen komen binnen bij de eigen afdelingen.' },
]);

pairs('K3.planning_control', [
  { why: 'a period counted from an event ("twee jaar na de start") versus no moment',
    yes: 'Het college evalueert de aanpak twee jaar na de start.',
    no: 'Het college evalueert de aanpak met de partners.' },
  { why: 'a counted recurrence ("elke vijf jaar") versus a one-off wish',
    yes: 'Elke vijf jaar wordt de regeling geëvalueerd.',
    no: 'Soms wordt de regeling geëvalueerd.' },
  { why: 'a progress report each quarter (compound voortgangs-) versus a report without a moment',
    yes: 'De stuurgroep ontvangt ieder kwartaal een voortgangsoverzicht.',
    no: 'De stuurgroep ontvangt een voortgangsoverzicht.' },
]);

pairs('K1.doel', [
  { why: 'a result as a proportion with a time frame (halveren binnen vier jaar) versus without a time frame',
    yes: 'Binnen vier jaar halveren we het aantal daklozen in de regio.',
    no: 'We halveren het aantal daklozen in de regio.' },
  { why: 'a percentage with a falling verb and a year versus the same without the percentage',
    yes: 'Het aantal verkeersdoden in de provincie daalt tot 2030 met 30 procent.',
    no: 'Het aantal verkeersdoden in de provincie daalt tot 2030.' },
  { why: 'a recurrence with "ieder" is no result quantity',
    yes: 'In 2030 zijn er 2.000 extra huurwoningen in de regio.',
    no: 'Ieder kwartaal vindt overleg plaats tussen de contactpersonen van beide diensten.' },
]);

describe('check6: K4 applies only where leadership is claimed in a clause', () => {
  const k4 = (text: string): boolean | null => met('K4.regietype', text);
  it('a signature block naming a chair claims nothing; a party that chairs does', () => {
    assert.equal(k4('De gemeente opent een loket.\n\nDe griffier, De voorzitter,'), null);
    assert.notEqual(k4('De gemeente opent een loket.\n\nDe gemeente is voorzitter van het overleg en stuurt de partners aan.'), null);
  });
});

pairs('K3.geld', [
  { why: 'an amount in number words before "euro" versus the same words for people',
    yes: 'De kosten van het loket bedragen twee miljoen euro per jaar.',
    no: 'Het loket bedient twee miljoen inwoners per jaar.' },
  { why: '"ton" as a hundred thousand euros versus a ton of goods',
    yes: 'Voor de proef is 2 ton beschikbaar.',
    no: 'Voor de proef wordt 2 ton zand gestort.' },
  { why: 'a dash after the euro sign versus a dash in a range of years',
    yes: 'Het krediet van €-250.000 wordt beschikbaar gesteld.',
    no: 'Het krediet loopt van 2025-2027.' },
]);

pairs('K1.behoefte', [
  { why: 'people as the subject of a clause of need (hebben … nodig) versus of a plain receipt',
    yes: 'Jongeren hebben vooral een vaste begeleider nodig.',
    no: 'Jongeren krijgen vooral een vaste begeleider.' },
  { why: 'what matters to the people (voor ouders is het belangrijk) versus to an organisation',
    yes: 'Voor ouders is het belangrijk dat er één vast aanspreekpunt is.',
    no: 'Voor de gemeente is het belangrijk dat er één vast aanspreekpunt is.' },
]);

pairs('K1.betrokkenheid', [
  { why: 'the work done in dialogue with the people (in samenspraak met) versus ordered by another party',
    yes: 'De gemeente ontwerpt het nieuwe plein in samenspraak met buurtbewoners.',
    no: 'De gemeente ontwerpt het nieuwe plein in opdracht van de provincie.' },
  { why: 'with the input of the people versus with the input of an organisation',
    yes: 'Het college stelt de agenda op met inbreng van mantelzorgers.',
    no: 'Het college stelt de agenda op met inbreng van de provincie.' },
]);

pairs('K1.eigenbelang', [
  { why: 'in the interest of both parties versus of the applicant',
    yes: 'Een snelle afhandeling is in het belang van beide partijen.',
    no: 'Een snelle afhandeling is in het belang van de aanvrager.' },
  { why: 'a named party that is served by the outcome (gebaat bij) versus one that reports it',
    yes: 'De woningcorporatie is gebaat bij minder huurachterstanden.',
    no: 'De woningcorporatie rapporteert over minder huurachterstanden.' },
]);

describe('check6 fase: a note reports running work only where parties did the work (guide §2)', () => {
  const fase = (text: string): string => { const doc = buildDocument(text, 'markdown'); return computeProfile(doc, readRegie(doc)).fase; };
  const title = '# Bibliotheekservice Dorrendam: stand van zaken\n\n';
  it('past sentences with a party as doer are a report (uitvoering); past sentences about conditions are analysis', () => {
    const run = 'De bibliotheek heeft in 2024 vier nieuwe leespunten geopend in de dorpen.\nDe vrijwilligers hebben dit jaar 120 taalcafés georganiseerd.\n' +
      'De gemeente heeft de openingstijden van het servicepunt in maart verruimd.\nStichting Lezen Noord heeft 40 leesconsulenten opgeleid voor de scholen.\nHet servicepunt blijft open op zaterdag.\n';
    const analysis = 'Het leesplezier onder jongeren werd in 2024 kleiner.\nDe afstand tot een leespunt was in de dorpen groot.\n' +
      'Veel kinderen hebben dit jaar thuis geen boeken gehad.\nHet aantal uitleningen was in maart laag.\nHet servicepunt blijft open op zaterdag.\n';
    assert.equal(fase(title + run), 'uitvoering');
    assert.equal(fase(title + analysis), 'formeren');
  });
});

pairs('K3.besliskracht', [
  { why: 'a decision rule (bij meerderheid) without a named decider versus a meeting rule',
    yes: 'Besluiten worden genomen bij meerderheid van de deelnemers.',
    no: 'Vergaderingen worden gehouden in het gemeentehuis van de deelnemers.' },
  { why: 'inversion: the decider after the verb (Over … beslist de stuurgroep) versus a stuurgroep that discusses',
    yes: 'Over de verdeling van de middelen beslist de stuurgroep.',
    no: 'Over de verdeling van de middelen praat de stuurgroep.' },
]);

pairs('K3.werkprocessen', [
  { why: 'the same form for all partners (hetzelfde) versus each its own',
    yes: 'Alle partners gebruiken hetzelfde intakeformulier.',
    no: 'Alle partners gebruiken een eigen intakeformulier.' },
]);

pairs('K3.financiering', [
  { why: 'a deficit made up by named parties (aangevuld door) versus announced to them',
    yes: 'Het tekort wordt aangevuld door de drie gemeenten.',
    no: 'Het tekort wordt gemeld aan de drie gemeenten.' },
]);

pairs('K2.spelregels', [
  { why: 'what happens at a difference of opinion versus a plain meeting',
    yes: 'Bij een verschil van mening beslist de voorzitter van de stuurgroep.',
    no: 'Bij een vergadering spreekt de voorzitter van de stuurgroep.' },
]);

pairs('K1.last_baat', [
  { why: 'costs that land with a group (komen … bij … terecht) versus costs that are described',
    yes: 'De kosten van uitval komen nu bij de werkgevers terecht.',
    no: 'De kosten van uitval staan nu in de bijlage beschreven.' },
]);

pairs('K3.mensen', [
  { why: 'a count of staff by compound head (twee wijkcoaches, vier ambtenaren) versus a count of things',
    yes: 'De gemeente stelt twee wijkcoaches aan.',
    no: 'De gemeente stelt twee wijkplannen op.' },
  { why: 'staff in the plural of a known head versus the same count of visitors',
    yes: 'De provincie zet vier ambtenaren in.',
    no: 'De provincie ontvangt vier bezoekers.' },
]);

pairs('K1.afbakening', [
  { why: 'the text says what it is not about (gaat niet over) versus what it is about',
    yes: 'Dit convenant gaat niet over jeugdzorg.',
    no: 'Dit convenant gaat over jeugdzorg.' },
  { why: 'a provision excepted from what goes before ("Dat geldt niet voor …") versus one extended to it',
    yes: 'De kosten worden gedeeld. Dat geldt niet voor de normale afwatering van landbouwgronden.',
    no: 'De kosten worden gedeeld. Dat geldt ook voor de normale afwatering van landbouwgronden.' },
]);
