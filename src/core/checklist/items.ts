/**
 * The 24 checklist items of contract section A: ids, keys, Dutch and English titles and explanations, and
 * the book reference (section headings of Konijn & Van Spijker, *Vitale Coalities en Regie in het Publieke
 * Domein*). Shown in the sidebar, the reports and the docs; ids are a public interface. The explanations are
 * written in the project's own words; `met` says what a reader needs to see, `gap` what usually goes wrong.
 */
import type { KeyId, Localized } from '../types';

export interface ChecklistItem {
  id: string;
  key: KeyId;
  title: Localized;
  /** What the item asks and why the book cares. */
  explanation: Localized;
  /** What counts as met (the judgement guide in one line). */
  met: Localized;
  /** Book reference: chapter and section heading. */
  book: string;
}

const item = (id: string, title: [string, string], explanation: [string, string], met: [string, string], book: string): ChecklistItem =>
  ({ id, key: id.slice(0, 2) as KeyId, title: { nl: title[0], en: title[1] }, explanation: { nl: explanation[0], en: explanation[1] }, met: { nl: met[0], en: met[1] }, book });

export const KEY_TITLES: Record<KeyId, Localized> = {
  K1: { nl: 'Sleutel 1 — Focus maken: afnemers trekken het uit je handen', en: 'Key 1 — Creating focus: customers pull it out of your hands' },
  K2: { nl: 'Sleutel 2 — Samenwerken met een gerust hart', en: 'Key 2 — Cooperating with peace of mind' },
  K3: { nl: 'Sleutel 3 — Boter bij de vis', en: 'Key 3 — Money on the table (people, means, decision power)' },
  K4: { nl: 'Sleutel 4 — Bindend leiderschap', en: 'Key 4 — Binding leadership (regie)' },
};

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  // ——— K1 ———
  item('K1.opgave', ['Maatschappelijke opgave', 'Societal task'],
    ['Een coalitie bestaat omdat er buiten de organisaties iets moet veranderen. Staat er welk probleem of welke behoefte in de samenleving het werk beantwoordt, en wie daar last van heeft? Alleen eigen doelen (efficiënter werken, lagere kosten) zijn geen opgave.',
      'A coalition exists because something outside the organisations must change. Does the text say which problem or need in society the work answers, and who suffers from it? Organisational aims alone (working more efficiently, lower costs) are not a task.'],
    ['Een maatschappelijk probleem of een behoefte op zichzelf, al is het in een korte aanleiding.', 'A societal problem or need in its own right, even in a short preamble.'],
    'H3 "Opgave"; H2 "Drijvende krachten; 2. Focus maken"'),
  item('K1.doel', ['Eenvoudig, concreet coalitiedoel', 'Simple, concrete coalition goal'],
    ['Het boek vraagt één eenvoudige opdracht die iedereen snapt: een aantal met een eenheid en een termijn, of een expliciet gekozen principe waar elke partner op wordt afgerekend. "De leefbaarheid verbeteren" geeft geen richting.',
      'The book asks for one simple assignment everyone understands: a number with a unit and a deadline, or an explicitly chosen principle every partner is held to. "Improving liveability" gives no direction.'],
    ['Aantal + eenheid + termijn voor een resultaat van de coalitie (geen bestedings- of procedurele termijn), of een bindend leidend principe.', 'Number + unit + time frame for a coalition result (not a spending or procedural deadline), or a binding guiding principle.'],
    'H2 "Coalitiedoel"'),
  item('K1.afbakening', ['Afbakening: wat er niet in zit', 'Scope: what is left out'],
    ['Focus betekent ook nee zeggen. De checklist bij het formeren vraagt: durven we te zeggen wat er dus niet in zit? Een uitdrukkelijke uitsluiting (valt buiten, geen, uitsluitend) maakt de opdracht scherper.',
      'Focus also means saying no. The forming-phase checklist asks: do we dare to say what is therefore not included? An explicit exclusion (out of scope, not, only) sharpens the assignment.'],
    ['Een uitdrukkelijke uitsluiting: fasen, gebieden of taken die er niet bij horen, wat een maatregel nadrukkelijk niet is.', 'An explicit exclusion: phases, areas or tasks left out, what a measure is expressly not.'],
    'H2 "Sleutel 4", checklist "Formeren"'),
  item('K1.afnemers', ['Afnemers concreet benoemd', 'Customers named concretely'],
    ['Het boek zet de afnemers centraal: voor wie levert de coalitie iets? Inwoners, cliënten, leerlingen, ouders, een doelgroep, of de opdrachtgever als collectieve klant. Eén keer "de samenleving" of "burgers en bedrijven" is te algemeen.',
      'The book puts the customers first: for whom does the coalition deliver? Residents, clients, pupils, parents, a target group, or the commissioner as collective customer. A single mention of "society" or "citizens and businesses" is too general.'],
    ['Concrete groepen of de deelnemers aan een regeling, ook eigen werknemers of leraren die er iets onder krijgen (een sociaal plan); niet de partners zelf, niet personeel dat alleen het werk doet en niet wie alleen rapportages ontvangt.', 'Concrete groups or the participants of a scheme, including employees or teachers who receive something under it (a social plan); not the partners themselves, not staff who only do the work, nor bodies that only receive reports.'],
    'H2 "Drijvende krachten; 1. de afnemers centraal" ("Burger", "Klant", "Afnemer")'),
  item('K1.behoefte', ['Wat afnemers nodig hebben', 'What customers need'],
    ['Afnemers "trekken het uit je handen" als het aanbod aansluit op wat zij vragen. Staat die vraag er in resultaten en kwaliteiten (één aanspreekpunt, snel, dichtbij), of alleen wat de aanbieders willen leveren?',
      'Customers "pull it out of your hands" when the offer matches what they ask. Is that demand stated as results and qualities (one contact, fast, close by), or only what the providers want to supply?'],
    ['De vraag van afnemers als resultaat of kwaliteit, bijvoorbeeld een gebruikersverhaal ("Als inwoner wil ik …").', 'Customer demand as a result or quality, e.g. a user story ("As a resident I want …").'],
    'H2 "Sleutel 1"; checklist "Formeren": "word specifiek over de behoeften"'),
  item('K1.betrokkenheid', ['Afnemers betrokken', 'Customers involved'],
    ['Haal de afnemers binnen: een cliëntenraad, panel of forum, co-design, gebruikerstests of onderzoek naar hun oordeel. In de uitvoering vraagt het boek: kennen wij hun oordeel, zijn ze tevreden? Informeren, inspraak en bezwaar zijn geen betrokkenheid.',
      'Bring the customers in: a client council, panel or forum, co-design, user tests or a survey of their judgement. In execution the book asks: do we know their judgement, are they satisfied? Being informed, consulted by procedure or able to object is not involvement.'],
    ['Een blijvende stem of een gemeten oordeel van afnemers.', 'A standing voice or a measured judgement of the customers.'],
    'H2 "Sleutel 4", checklist "Toegewijde uitvoering"'),
  item('K1.eigenbelang', ['Eigen belang en meerwaarde', 'Own interest and added value'],
    ['Partners doen mee als het hun iets oplevert. Staat er per partner welk belang of welke unieke waarde die inbrengt, en welke meerwaarde samen ontstaat die niemand alleen bereikt? "Partijen achten het wenselijk" zegt niets.',
      'Partners take part when it pays off for them. Does the text say what each partner gains or uniquely brings, and which added value arises that none could reach alone? "The parties consider it desirable" says nothing.'],
    ['Een meerwaarde-passage, of het belang van partners (belang bij, in ruil voor, wederzijds voordeel).', 'An added-value passage, or the partners\' stake (interest in, in exchange for, mutual benefit).'],
    'H2 "Drijvende krachten"; H3 "Fase 3. Contracteren" (eigen belang en dat van de ander)'),
  item('K1.last_baat', ['Last en baat', 'Who pays, who gains'],
    ['Het boek vraagt wie er last en wie er baat heeft: wie draagt de kosten zolang het probleem blijft, wie profiteert als het is opgelost? Dat maakt zichtbaar wie belang heeft bij beweging.',
      'The book asks who bears the burden and who gains: who carries the cost while the problem lasts, who benefits once it is solved? That shows who has a stake in change.'],
    ['Wie de last draagt of wie baat heeft (ten koste van, profiteren, belastend voor).', 'Who bears the burden or who benefits (at the expense of, profit from, burdensome for).'],
    'H2 "Sleutel 1"'),
  // ——— K2 ———
  item('K2.partners', ['Partners benoemd', 'Partners named'],
    ['Wie horen er in de coalitie? Het boek noemt wie erop wordt aangesproken, wie substantieel betaalt, wie de taak of bevoegdheid heeft en wie afnemer is. Noem ze bij naam; "relevante partijen" of "de ketenpartners" zegt niet wie.',
      'Who belongs in the coalition? The book lists those held accountable, those who pay substantially, those with the task or competence, and the customers. Name them; "relevant parties" or "the chain partners" does not say who.'],
    ['Organisaties bij naam, een ledenlijst, partijen in kop of ondertekening, of gedefinieerde rollen.', 'Organisations by name, a member list, parties in the heading or signatures, or defined roles.'],
    'H2 "Wie horen in een goede coalitie?"'),
  item('K2.rollen', ['Rollen en bijdragen per partner', 'Roles and contributions per partner'],
    ['Wie draagt (levert, voert uit) en wie schraagt (betaalt, steunt)? Per partner hoort er een toezegging te staan: verbindt zich, levert, financiert. Alleen een voorzitter en een secretariaat, of "de inbreng volgt later", is niet genoeg.',
      'Who carries (delivers, executes) and who supports (pays, backs)? Each partner needs a commitment: undertakes, delivers, funds. Only a chair and a secretariat, or "contributions will follow", is not enough.'],
    ['Een toezegging per partij, taken per actor, financier tegenover uitvoerder.', 'A commitment per party, task lists per actor, funder versus deliverer.'],
    'H2 "Sleutel 2"; H2 "Sleutel 4", "Formeren" (dragers en schragers)'),
  item('K2.aanspreekbaar', ['Aanspreekbaarheid', 'Answerability'],
    ['Vertrouwen groeit als partners elkaar op afspraken kunnen aanspreken en iemand aanspreekbaar is op het geheel, niet alleen ieder op het eigen deel. Een inspanningsverplichting of moreel appel is te weinig.',
      'Trust grows when partners can hold each other to agreements and someone answers for the whole, not only each for its own part. An effort obligation or a moral appeal is too little.'],
    ['Verantwoording over het geheel, of afspraken met gevolgen (ingebrekestelling, sanctie, verslag aan de financier).', 'Accountability for the whole, or agreements with consequences (notice of default, sanction, report to the funder).'],
    'H2 "Hoe groeit vertrouwen"'),
  item('K2.spelregels', ['Spelregels', 'Rules of play'],
    ['Hoe vallen besluiten, wat gebeurt er bij een geschil, wanneer wordt de samenwerking geëvalueerd, hoe stapt een partner in of uit? Vergaderfrequentie alleen is geen spelregel.',
      'How are decisions taken, what happens in a dispute, when is the cooperation evaluated, how does a partner join or leave? Meeting frequency alone is not a rule of play.'],
    ['Eén of meer echte regels: besluitregel, geschil of escalatie, evaluatie met een moment, toe- of uittreden, wijziging met instemming.', 'One or more real rules: decision rule, dispute or escalation, evaluation with a date, accession or exit, amendment by consent.'],
    'H1 "Vrijen en trouwen (of andersom)"; H2 "De 9 eisen aan/spelregels voor een goed functionerende groep"'),
  item('K2.mandaat', ['Mandaat aan tafel', 'Mandate at the table'],
    ['Wie aan tafel zit, moet kunnen toezeggen: gesteund door de eigen moederorganisatie en voldoende gemandateerd. Anders blijft elke afspraak voorlopig.',
      'Whoever sits at the table must be able to commit: backed by the home organisation and sufficiently mandated. Otherwise every agreement stays provisional.'],
    ['Namens, vertegenwoordigd door, met mandaat, op voordracht van, of voorstellen die elk bestuur goedkeurt.', 'On behalf of, represented by, with a mandate, nominated by, or proposals each board approves.'],
    'H1 "Op de dansvloer"; H2 "Sleutel 4", checklist "Zoeken" ("vindt hun moederorganisatie dat goed?")'),
  // ——— K3 ———
  item('K3.geld', ['Geld gekwantificeerd', 'Money quantified'],
    ['"Geen geld, geen Zwitsers": zonder bedragen is een afspraak een intentie. Staan er euro\'s bij het werk (een begrotingspost, een fonds, bedragen per jaar of partner)? "Binnen bestaande middelen" of "p.m." telt niet.',
      '"No money, no Swiss guards": without amounts an agreement is an intention. Are there euros tied to the work (a budget line, a fund, amounts per year or partner)? "Within existing budgets" or "p.m." does not count.'],
    ['Een bedrag in euro\'s bij het werk, hoe klein ook.', 'An amount in euros tied to the work, however small.'],
    'H2 "Sleutel 3: Boter bij de vis"'),
  item('K3.financiering', ['Financiering geregeld', 'Funding arranged'],
    ['Wie betaalt of investeert, hoe worden kosten verdeeld, wie draagt een tekort en wie krijgt de opbrengst? Of komt er een gezamenlijke pot? Dat zijn de afspraken die het boek in ieder geval wil zien.',
      'Who pays or invests, how are costs split, who bears a deficit and who gets the returns? Or is there a joint pot? These are the arrangements the book wants to see in any case.'],
    ['Een betaler, een kostenverdeling, wie een tekort draagt, subsidie met voorwaarden of een gezamenlijke pot.', 'A payer, a cost split, who bears a deficit, a subsidy with conditions, or a joint pot.'],
    'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"'),
  item('K3.mensen', ['Mensen en capaciteit', 'People and capacity'],
    ['Daadkracht vraagt mensen: fte, uren, of een benoemd werkapparaat (programmabureau, projectleider, kwartiermaker, team). "Voldoende capaciteit" of "waar nodig mensen" is geen toezegging.',
      'Getting things done takes people: FTE, hours, or a named work apparatus (programme office, project leader, quartermaster, team). "Sufficient capacity" or "people where needed" is not a commitment.'],
    ['Fte of uren, of een benoemd apparaat met mensen (een secretariaat telt zwak).', 'FTE or hours, or a named apparatus with people (a secretariat counts weakly).'],
    'H2 "Sleutel 3: Boter bij de vis"; checklist "Contracteren" ("werkapparaat bouwen")'),
  item('K3.besliskracht', ['Besliskracht', 'Decision power'],
    ['Wie beslist wat, volgens welke regel, en wat is vanuit de moederorganisaties gemandateerd aan de coalitie? Een tafel die alleen agendeert of afstemt heeft geen besliskracht.',
      'Who decides what, by which rule, and what is mandated from the home organisations to the coalition? A table that only sets agendas or aligns has no decision power.'],
    ['Een beslisser met een regel (stelt vast, beslist binnen, doorzettingsmacht, primaat, goedkeuring door de besturen).', 'A decider with a rule (adopts, decides within, power to push through, primacy, approval by the boards).'],
    'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"; checklist "Contracteren" ("beslisregels bepalen")'),
  item('K3.juridisch', ['Juridische vorm', 'Legal form'],
    ['Welke vorm krijgt de samenwerking: convenant, (samenwerkings)overeenkomst, protocol, gemeenschappelijke regeling, stichting, beleidsregels, of uitdrukkelijk mondelinge afspraken? Losse "afspraken" zonder vorm laten open wat bindt.',
      'Which form does the cooperation take: covenant, (cooperation) agreement, protocol, joint arrangement, foundation, policy rules, or explicitly oral agreements? Loose "agreements" without a form leave open what binds.'],
    ['De vorm is genoemd; een convenant, regeling of akkoord regelt het door zijn vorm.', 'The form is named; a covenant, regulation or accord settles it by its form.'],
    'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"'),
  item('K3.werkprocessen', ['Werkprocessen op elkaar aangesloten', 'Work processes connected'],
    ['"Dat is meer dan: we gaan samenwerken. Hoe dan?" Het boek wil zien hoe professionals samenwerken: één loket, een verwijsroute, een gedeeld casusproces, gezamenlijke standaarden en definities, uitwisseling met termijnen.',
      '"That is more than: we will cooperate. How then?" The book wants to see how professionals work together: one desk, a referral route, a shared case process, shared standards and definitions, exchange with time limits.'],
    ['Een gedeelde standaard, procedure of route met stappen of termijnen; geen intenties.', 'A shared standard, procedure or route with steps or time limits; not intentions.'],
    'H2 "Sleutel 4", "Toegewijde uitvoering"; checklist "Contracteren" ("(her)inrichten werkproces")'),
  item('K3.planning_control', ['Planning en control', 'Planning and control'],
    ['Resultaatafspraken met mijlpalen of data, en hoe de voortgang wordt gevolgd: rapportages, indicatoren, evaluatiemomenten. "Waar staan we over een half jaar?" vraagt de checklist bij het contracteren.',
      'Result agreements with milestones or dates, and how progress is followed: reports, indicators, evaluation moments. "Where will we be in six months?" asks the contracting checklist.'],
    ['Gedateerde mijlpalen plus rapportage of evaluatie; een jaarlijkse gezamenlijke terugblik telt zwak.', 'Dated milestones plus reporting or evaluation; a yearly joint review counts weakly.'],
    'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"; checklist "Contracteren"'),
  // ——— K4 ———
  item('K4.regietype', ['Soort regie benoemd', 'Kind of regie named'],
    ['"Regie" betekent van alles. Zegt de tekst welke regie bedoeld is: procesregie (bemiddelen zonder eigen belang), ordeningsregie (belangen en posities ordenen vanuit eigen eindverantwoordelijkheid) of uitvoeringsregie (meespelen met eigen geld en mensen), of een trede van de participatieladder met wat die inhoudt?',
      '"Regie" means many things. Does the text say which kind: process regie (mediating without an own stake), ordering regie (arranging interests from one\'s own final responsibility) or executive regie (co-playing with own money and people), or a rung of the participation ladder and what it implies?'],
    ['De soort is genoemd of omschreven; een domein ("ruimtelijke regie") is geen soort.', 'The kind is named or defined; a domain ("spatial regie") is not a kind.'],
    'H4 "Procesregie", "Orderingsregie", "Uitvoeringsregie"; seed 002 (participatieladder)'),
  item('K4.regisseur', ['Regisseur met gezag', 'A leader with authority'],
    ['Wie leidt, en op wiens gezag? Het boek waarschuwt voor de partij die zichzelf regisseur noemt: leiderschap moet door de partners gedragen worden. Een voorzitter bij besluit, een regisseur die alle partijen in een convenant aanwijzen, een wettelijk ambt: dat telt.',
      'Who leads, and on whose authority? The book warns against the party that calls itself director: leadership must be carried by the partners. A chair set by decree, a director all parties appoint in a covenant, a statutory office: that counts.'],
    ['Een benoemde leider plus gezag; niet "samen" of een partij die de regie neemt.', 'A named leader plus authority; not "together", nor a party that takes the regie.'],
    'H2 "Hoe word je regisseur?"; H2 "Sleutel 4: Bindend leiderschap"'),
  item('K4.regiemiddelen', ['Middelen voor de regie', 'Means for the regie'],
    ['Regie die op papier wordt opgelegd zonder middelen is hol. Heeft de regisseur mandaat of een wettelijke bevoegdheid, budget, of mensen om de regie waar te maken?',
      'Regie imposed on paper without means is hollow. Does the director have a mandate or legal competence, a budget, or people to make the regie real?'],
    ['Mandaat of bevoegdheid (vergunning, bevel, opdrachten geven), budget bij de regie, of mensen.', 'A mandate or competence (permit, order, commissioning), a budget tied to the regie, or people.'],
    'H4 "Regievoering, de overheidsrol"; H2 "Sleutel 4" (investeren in de regierol)'),
  item('K4.vermogens', ['Mogen, willen, kunnen, doen', 'May, want, can, do'],
    ['Voor een overheid die regie claimt vraagt het boek vier vermogens: mogen (is het onze taak of bevoegdheid), willen (welke prioriteit, wat laten we ervoor), kunnen (kennis, mensen, geld) en doen (wie voert uit). Minstens drie moeten zichtbaar zijn.',
      'For a government that claims regie the book asks four capacities: may (is it our task or competence), want (which priority, what do we give up), can (expertise, people, money) and do (who executes). At least three must be visible.'],
    ['Minstens drie van de vier vermogens zichtbaar.', 'At least three of the four capacities visible.'],
    'H4 "Epiloog" ("Mogen", "Willen", "Kunnen", "Doen")'),
];

export const CHECKLIST_IDS: readonly string[] = CHECKLIST_ITEMS.map((i) => i.id);
