/**
 * The 24 checklist items of contract section A: ids, keys, Dutch and English titles and explanations, and
 * the book reference. Shown in the sidebar, the reports and the docs; ids are a public interface.
 */
import type { KeyId, Localized } from '../types';

export interface ChecklistItem {
  id: string;
  key: KeyId;
  title: Localized;
  explanation: Localized;
  book: string;
}

const item = (id: string, title: [string, string], explanation: [string, string], book: string): ChecklistItem =>
  ({ id, key: id.slice(0, 2) as KeyId, title: { nl: title[0], en: title[1] }, explanation: { nl: explanation[0], en: explanation[1] }, book });

export const KEY_TITLES: Record<KeyId, Localized> = {
  K1: { nl: 'Focus maken', en: 'Creating focus' },
  K2: { nl: 'Samenwerken met een gerust hart', en: 'Cooperating with peace of mind' },
  K3: { nl: 'Boter bij de vis', en: 'Putting your money where your mouth is' },
  K4: { nl: 'Bindend leiderschap', en: 'Binding leadership' },
};

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  item('K1.opgave', ['Maatschappelijke opgave', 'Societal task'], ['Noemt het maatschappelijke probleem of de behoefte waar het werk antwoord op geeft, niet alleen wat de organisaties gaan doen.', 'States the societal problem or need the work answers, not only what the organisations will do.'], 'H3 "Opgave"'),
  item('K1.doel', ['Concreet coalitiedoel', 'Concrete coalition goal'], ['Een eenvoudig, concreet doel met aantal, eenheid en termijn, of een expliciet leidend principe waar elke partner op wordt aangesproken.', 'A simple, concrete goal with a number, unit and time frame, or an explicit guiding principle every partner is held to.'], 'H2 "Coalitiedoel"'),
  item('K1.afbakening', ['Afbakening', 'Scope limits'], ['Zegt wat er niet in zit of wat de coalitie niet doet.', 'Says what is out of scope or what the coalition will not do.'], 'H2 "Formeren"'),
  item('K1.afnemers', ['Afnemers benoemd', 'Afnemers named'], ['Noemt concreet voor wie het is: inwoners, cliënten, leerlingen, een doelgroep, of de opdrachtgever als collectieve klant.', 'Names concretely who it is for: residents, clients, pupils, a target group, or the commissioner as collective customer.'], 'H2 "Drijvende krachten; 1. de afnemers centraal"'),
  item('K1.behoefte', ['Behoefte van afnemers', 'Needs of afnemers'], ['Beschrijft wat de afnemers nodig hebben of vragen, in resultaten of kwaliteiten (vraagkant).', 'Describes what the afnemers need or ask for, as results or qualities (demand side).'], 'H2 "Sleutel 1"'),
  item('K1.betrokkenheid', ['Afnemers betrokken', 'Afnemers involved'], ['Betrekt de afnemers: panels, cliëntenraden, co-design, ervaringsdeskundigen, onderzoek naar hun oordeel.', 'Involves the afnemers: panels, client councils, co-design, experience experts, surveys of their judgement.'], 'H3 "Toegewijde uitvoering"'),
  item('K1.eigenbelang', ['Eigenbelang en meerwaarde', 'Own interest and added value'], ['Zegt waarom de partners meedoen: het eigen belang of de unieke waarde van elk, en de gezamenlijke meerwaarde.', 'Says why the partners take part: each one\'s interest or unique value, and the shared added value.'], 'H2 "Drijvende krachten"'),
  item('K1.last_baat', ['Last en baat', 'Cost and benefit'], ['Zegt wie last heeft als het probleem blijft en wie baat heeft als het is opgelost.', 'Says who bears the cost if the problem stays and who benefits when it is solved.'], 'H2 "Sleutel 1"'),
  item('K2.partners', ['Partners benoemd', 'Partners named'], ['Noemt de partners als concrete organisaties of rollen, niet alleen "relevante partijen" of "het veld".', 'Names the partners as concrete organisations or roles, not only "relevant parties" or "the field".'], 'H2 "Wie horen in een goede coalitie?"'),
  item('K2.rollen', ['Rollen en bijdragen', 'Roles and contributions'], ['Zegt per partner wat die bijdraagt: wie uitvoert (dragers) en wie betaalt of steunt (schragers).', 'States each partner\'s contribution: who delivers (dragers) and who funds or supports (schragers).'], 'H2 "Sleutel 2"'),
  item('K2.aanspreekbaar', ['Aanspreekbaarheid', 'Answerability'], ['Partners kunnen elkaar aanspreken op hun bijdrage, en iemand is aanspreekbaar op het geheel.', 'Partners can hold each other to their contributions, and someone answers for the whole.'], 'H2 "Hoe groeit vertrouwen"'),
  item('K2.spelregels', ['Spelregels', 'Rules of play'], ['Regelt hoe besluiten vallen, hoe geschillen gaan, wanneer geëvalueerd wordt en hoe een partner uittreedt.', 'Sets how decisions are taken, how disputes go, when the cooperation is evaluated and how a partner leaves.'], 'H1 "Vrijen en trouwen"'),
  item('K2.mandaat', ['Mandaat aan tafel', 'Mandate at the table'], ['Laat zien dat wie aan tafel zit gemandateerd is of gesteund wordt door de eigen organisatie.', 'Shows that those at the table are mandated or backed by their own organisation.'], 'H1 "Op de dansvloer"'),
  item('K3.geld', ['Geld gekwantificeerd', 'Money quantified'], ['Noemt bedragen in euro\'s bij het werk: begrotingsposten, een fonds, bedragen per jaar of partner.', 'States amounts in euros for the work: budget lines, a fund, amounts per year or partner.'], 'H2 "Sleutel 3: Boter bij de vis"'),
  item('K3.financiering', ['Financiering geregeld', 'Funding arranged'], ['Zegt wie betaalt of investeert, wie de opbrengsten krijgt en wie het risico draagt, of richt een gezamenlijke pot in.', 'Says who pays or invests, who gets returns and who bears the risk, or sets up a joint pot.'], 'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"'),
  item('K3.mensen', ['Mensen en capaciteit', 'People and capacity'], ['Kwantificeert mensen (fte, uren) of noemt een werkapparaat: programmabureau, projectleider, kwartiermaker, team.', 'Quantifies people (FTE, hours) or names a work apparatus: programme office, project leader, quartermaster, team.'], 'H2 "Sleutel 3: Boter bij de vis"'),
  item('K3.besliskracht', ['Besliskracht', 'Decision power'], ['Zegt hoe besluitvorming en mandaat geregeld zijn: wie beslist wat, volgens welke regel.', 'Says how decision power is arranged: who decides what, by which rule.'], 'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"'),
  item('K3.juridisch', ['Juridische vorm', 'Legal form'], ['Noemt de juridische vorm: convenant, overeenkomst, gemeenschappelijke regeling, stichting, of uitdrukkelijk mondelinge afspraken.', 'Names the legal form: covenant, agreement, joint arrangement, foundation, or explicitly oral agreements.'], 'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"'),
  item('K3.werkprocessen', ['Werkprocessen', 'Work processes'], ['Regelt de professionele samenwerking: afgestemde werkprocessen, één loket, een gedeeld casusproces, gedeelde standaarden.', 'Arranges professional collaboration: aligned processes, one desk, a shared case process, shared standards.'], 'H2 "Sleutel 3: Boter bij de vis"'),
  item('K3.planning_control', ['Planning en control', 'Planning and control'], ['Resultaatafspraken met mijlpalen of data, en hoe over voortgang wordt gerapporteerd.', 'Result agreements with milestones or dates, and how progress is reported.'], 'H2 "Waarover je in ieder geval afspraken moet maken in de coalitie"'),
  item('K4.regietype', ['Soort regie', 'Kind of regie'], ['Zegt welke regie bedoeld is: procesregie, ordeningsregie, uitvoeringsregie, of een trede van de participatieladder met wat die inhoudt.', 'Says which kind of regie: process, ordering or executive regie, or a rung of the participation ladder and what it implies.'], 'H4 "Procesregie", "Ordeningsregie", "Uitvoeringsregie"'),
  item('K4.regisseur', ['Regisseur benoemd', 'Director named'], ['Noemt wie leidt (persoon, rol of organisatie) en op wiens gezag, gedragen door de partners.', 'Names who leads (person, role or organisation) and on whose authority, backed by the partners.'], 'H2 "Hoe word je regisseur?"'),
  item('K4.regiemiddelen', ['Regiemiddelen', 'Means for regie'], ['Geeft de regierol middelen: mandaat of wettelijke bevoegdheid, budget, mensen.', 'Gives the regie role means: mandate or legal competence, budget, people.'], 'H4 "Regievoering, de overheidsrol"'),
  item('K4.vermogens', ['Mogen, willen, kunnen, doen', 'May, want, can, do'], ['(Overheid) behandelt de vier vermogens: mogen (taak, bevoegdheid), willen (prioriteit), kunnen (mensen, geld, kennis), doen (wie voert uit). Minstens drie.', '(Government) addresses the four capacities: may (competence), want (priority), can (people, money, expertise), do (who executes). At least three.'], 'H4 "Regievoering, de overheidsrol"'),
];

export const CHECKLIST_IDS: readonly string[] = CHECKLIST_ITEMS.map((i) => i.id);
