/**
 * The book's "kleine checklist" per phase (ch. 2 "Sleutel 4: Bindend leiderschap", subsections Zoeken,
 * Formeren, Contracteren, Toegewijde uitvoering). Each phase has questions on four themes: the task (opgave),
 * positioning the customers (afnemers), finding partners "because you cannot do it alone", and the principle
 * "geen geld, geen Zwitsers". Paraphrased in the project's own words; each question is tied to the checklist
 * items that answer it, so the sidebar and reports can list the questions a document leaves open.
 */
import type { Fase, KeyId, Localized } from '../types';

export interface PhaseQuestion {
  id: string;
  /** The key the question belongs to. */
  key: KeyId;
  question: Localized;
  /** Checklist items that answer the question; it is open when any of them is not met. */
  items: string[];
}

const q = (id: string, key: KeyId, nl: string, en: string, items: string[]): PhaseQuestion => ({ id, key, question: { nl, en }, items });

export const PHASE_QUESTIONS: Record<Fase, readonly PhaseQuestion[]> = {
  zoeken: [
    q('zoeken.opgave', 'K1', 'Welke maatschappelijke behoefte vraagt om actie, en hoe maken we de urgentie voelbaar voor de spelers?',
      'Which societal need calls for action, and how do we make the urgency felt by the players?', ['K1.opgave', 'K1.last_baat']),
    q('zoeken.afnemers', 'K1', 'Wie zijn de afnemers, welke belangen spelen er en wat leeft er bij klanten en uitvoerders?',
      'Who are the customers, which interests are at stake and what concerns clients and front-line staff?', ['K1.afnemers', 'K1.behoefte']),
    q('zoeken.partners', 'K2', 'Wie hebben we nodig, wie voegt waarde toe voor de klant, en zit de klant zelf ook aan tafel?',
      'Whom do we need, who adds value for the customer, and does the customer have a seat too?', ['K2.partners', 'K1.eigenbelang', 'K1.betrokkenheid']),
    q('zoeken.zwitsers', 'K3', 'Kunnen de partijen echt investeren: hebben ze mensen en middelen, en staat hun moederorganisatie erachter?',
      'Can the parties really invest: do they have people and means, and does their home organisation back them?', ['K3.geld', 'K3.mensen', 'K2.mandaat']),
  ],
  formeren: [
    q('formeren.focus', 'K1', 'Wat is de focus en de gezamenlijke missie, en durven we te zeggen wat er niet in zit?',
      'What is the focus and shared mission, and do we dare to say what is left out?', ['K1.afbakening', 'K1.opgave']),
    q('formeren.doel', 'K1', 'Is de opdracht voor de coalitie eenvoudig en concreet genoeg?',
      'Is the coalition\'s assignment simple and concrete enough?', ['K1.doel']),
    q('formeren.behoeften', 'K1', 'Zijn de behoeften specifiek gemaakt in producten, resultaten en kwaliteiten, per doelgroep?',
      'Are the needs made specific as products, results and qualities, per target group?', ['K1.behoefte', 'K1.afnemers']),
    q('formeren.rollen', 'K2', 'Wie kan wat bijdragen, en welke rol vervult ieder (dragers en schragers)?',
      'Who can contribute what, and which role does each play (carriers and supporters)?', ['K2.rollen', 'K2.partners']),
    q('formeren.pot', 'K3', 'Wil iedere partner zijn bijdrage leveren, en komt er geld in een gezamenlijke pot?',
      'Will every partner make its contribution, and does money go into a joint pot?', ['K3.financiering', 'K3.geld']),
    q('formeren.leiding', 'K4', 'Wie neemt het voortouw, en wordt dat door de partners gedragen?',
      'Who takes the lead, and is that carried by the partners?', ['K4.regisseur']),
  ],
  contracteren: [
    q('contracteren.resultaten', 'K1', 'Welke concrete doelen en resultaten spreken we af, en waar staan we over een half jaar?',
      'Which concrete goals and results do we agree, and where will we be six months from now?', ['K1.doel', 'K3.planning_control']),
    q('contracteren.afname', 'K1', 'Weten we zeker dat onze diensten worden afgenomen, en hoe bereiken we de afnemers?',
      'Are we sure our services will be taken up, and how do we reach the customers?', ['K1.behoefte', 'K1.betrokkenheid']),
    q('contracteren.contract', 'K2', 'Is het contract gesloten: wie doet wat, wie krijgt wat, en op welke spelregels spreken we elkaar aan?',
      'Is the contract closed: who does what, who gets what, and on which rules do we hold each other to account?', ['K3.juridisch', 'K2.rollen', 'K2.spelregels', 'K2.aanspreekbaar']),
    q('contracteren.regierollen', 'K4', 'Zijn de regierollen verdeeld (regie op de coalitie, regie op de uitvoering) en is het opdrachtgeverschap formeel geregeld?',
      'Are the regie roles divided (regie of the coalition, regie of execution) and is commissioning formally arranged?', ['K4.regisseur', 'K4.regietype']),
    q('contracteren.zwitsers', 'K3', 'Zijn mensen, middelen en beslisregels bepaald, is het werkproces ingericht en het werkapparaat gebouwd?',
      'Are people, means and decision rules set, the work process arranged and the work apparatus built?', ['K3.mensen', 'K3.geld', 'K3.besliskracht', 'K3.werkprocessen', 'K4.regiemiddelen']),
  ],
  uitvoering: [
    q('uitvoering.opgave', 'K1', 'Leveren we wat we ons voornamen, en draagt het echt bij aan de maatschappelijke behoefte?',
      'Do we deliver what we set out to do, and does it really serve the societal need?', ['K3.planning_control', 'K1.opgave']),
    q('uitvoering.oordeel', 'K1', 'Kennen wij het oordeel van de afnemers, zijn ze tevreden en werkt de transactie?',
      'Do we know the customers\' judgement, are they satisfied and does the transaction work?', ['K1.betrokkenheid']),
    q('uitvoering.partners', 'K2', 'Is ieder nog betrokken, vindt ieder het nog belangrijk en haalt ieder er genoeg rendement uit?',
      'Is everyone still involved, does everyone still find it important and get enough return from it?', ['K1.eigenbelang', 'K2.aanspreekbaar']),
    q('uitvoering.bedrijfsvoering', 'K3', 'Is de gezamenlijke bedrijfsvoering georganiseerd en levert ieder ook daadwerkelijk?',
      'Is the joint operation organised and does everyone actually deliver?', ['K3.werkprocessen', 'K2.aanspreekbaar']),
    q('uitvoering.regie', 'K4', 'Is keten-, proces- of casusregie nodig om de gezamenlijke inspanning te borgen, en mogen, willen, kunnen en doen we dat?',
      'Is chain, process or case regie needed to secure the joint effort, and may, want, can and do we do it?', ['K4.regietype', 'K4.vermogens']),
  ],
};

/** The questions of a phase that a checklist result leaves open (any tied item not met). */
export function openQuestions(fase: Fase, checklist: Record<string, { met: boolean | null }>): PhaseQuestion[] {
  return PHASE_QUESTIONS[fase].filter((p) => p.items.some((id) => checklist[id]?.met === false));
}
