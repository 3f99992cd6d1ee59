/**
 * The book's short checklist per phase (ch. 2 "Sleutel 4", subsections Zoeken, Formeren, Contracteren,
 * Toegewijde uitvoering), paraphrased, each question tied to the checklist items that answer it, so the
 * sidebar and reports can list the questions a document leaves open.
 */
import type { Fase, Localized } from '../types';

export interface PhaseQuestion { id: string; question: Localized; items: string[] }

export const PHASE_QUESTIONS: Record<Fase, readonly PhaseQuestion[]> = {
  zoeken: [
    { id: 'zoeken.opgave', question: { nl: 'Is helder welke maatschappelijke opgave om een coalitie vraagt?', en: 'Is it clear which societal task calls for a coalition?' }, items: ['K1.opgave'] },
    { id: 'zoeken.afnemers', question: { nl: 'Weten we wie de afnemers zijn en wat zij vragen?', en: 'Do we know who the afnemers are and what they ask for?' }, items: ['K1.afnemers', 'K1.behoefte'] },
    { id: 'zoeken.partners', question: { nl: 'Welke partners zijn nodig, en wat is hun eigen belang?', en: 'Which partners are needed, and what is their own interest?' }, items: ['K2.partners', 'K1.eigenbelang'] },
    { id: 'zoeken.lastbaat', question: { nl: 'Wie heeft last van het probleem en wie baat bij een oplossing?', en: 'Who suffers from the problem and who gains from a solution?' }, items: ['K1.last_baat'] },
  ],
  formeren: [
    { id: 'formeren.doel', question: { nl: 'Is er een eenvoudig, concreet coalitiedoel?', en: 'Is there a simple, concrete coalition goal?' }, items: ['K1.doel'] },
    { id: 'formeren.afbakening', question: { nl: 'Durven we ook te zeggen wat er niet in zit?', en: 'Do we dare to say what is not included?' }, items: ['K1.afbakening'] },
    { id: 'formeren.rollen', question: { nl: 'Is per partner duidelijk wat die inbrengt?', en: 'Is each partner\'s contribution clear?' }, items: ['K2.rollen'] },
    { id: 'formeren.mandaat', question: { nl: 'Zitten de mensen aan tafel met steun van hun moederorganisatie?', en: 'Do the people at the table have their home organisation\'s backing?' }, items: ['K2.mandaat'] },
    { id: 'formeren.regisseur', question: { nl: 'Wie neemt het voortouw, en is dat door de partners gedragen?', en: 'Who takes the lead, and do the partners back that?' }, items: ['K4.regisseur'] },
  ],
  contracteren: [
    { id: 'contracteren.geld', question: { nl: 'Is het geld geregeld: hoeveel, van wie, en wie draagt het risico?', en: 'Is the money settled: how much, from whom, and who bears the risk?' }, items: ['K3.geld', 'K3.financiering'] },
    { id: 'contracteren.mensen', question: { nl: 'Zijn mensen en capaciteit vastgelegd?', en: 'Are people and capacity committed?' }, items: ['K3.mensen'] },
    { id: 'contracteren.beslissen', question: { nl: 'Is geregeld wie wat beslist en met welk mandaat?', en: 'Is it settled who decides what, with which mandate?' }, items: ['K3.besliskracht', 'K2.mandaat'] },
    { id: 'contracteren.vorm', question: { nl: 'Welke juridische vorm krijgt de samenwerking?', en: 'Which legal form does the cooperation take?' }, items: ['K3.juridisch'] },
    { id: 'contracteren.spelregels', question: { nl: 'Zijn er spelregels voor besluiten, geschillen, evaluatie en uittreden?', en: 'Are there rules for decisions, disputes, evaluation and exit?' }, items: ['K2.spelregels', 'K2.aanspreekbaar'] },
    { id: 'contracteren.regie', question: { nl: 'Welke soort regie is afgesproken, en met welke middelen?', en: 'Which kind of regie is agreed, and with which means?' }, items: ['K4.regietype', 'K4.regiemiddelen'] },
  ],
  uitvoering: [
    { id: 'uitvoering.oordeel', question: { nl: 'Kennen wij het oordeel van de afnemers?', en: 'Do we know the afnemers\' judgement?' }, items: ['K1.betrokkenheid'] },
    { id: 'uitvoering.voortgang', question: { nl: 'Zijn er mijlpalen en wordt over de voortgang gerapporteerd?', en: 'Are there milestones, and is progress reported?' }, items: ['K3.planning_control'] },
    { id: 'uitvoering.werkprocessen', question: { nl: 'Sluiten de werkprocessen van de partners op elkaar aan?', en: 'Do the partners\' work processes fit together?' }, items: ['K3.werkprocessen'] },
    { id: 'uitvoering.aanspreken', question: { nl: 'Spreken partners elkaar aan op hun bijdrage?', en: 'Do partners hold each other to their contributions?' }, items: ['K2.aanspreekbaar'] },
    { id: 'uitvoering.vermogens', question: { nl: 'Mogen, willen, kunnen en doen wij wat de regierol vraagt?', en: 'May, want, can and do we what the regie role requires?' }, items: ['K4.vermogens'] },
  ],
};
