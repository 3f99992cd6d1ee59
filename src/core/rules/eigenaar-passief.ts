import type { SentenceRule } from './types';
import type { Sentence } from '../document';
import { wordsLow } from '../document';
import type { Clause, Voice } from '../read/clause';
import { readLocal, tagsOf } from '../read/unit';
import { vocab } from '../vocab';
import { isPeopleWord, passiveEntitlement } from '../read/frames';

/** The forms of the auxiliary "worden": grammar of the clause, not vocabulary (see vocab/clause.ts). */
const COMMITMENT_AUX = /^(wordt|worden|word)$/;

/** Agentless passives in commitment sentences: who does it? (book ch. 2 "Sleutel 2"). */
export const eigenaarPassief: SentenceRule = {
  id: 'eigenaar/passief',
  key: 'K2',
  defaultSeverity: 'warning',
  scope: 'sentence',
  inputs: ['unit', 'speaker'],
  overlap: 'generic',
  book: 'H2 "Sleutel 2: Samenwerken met een gerust hart"',
  title: { nl: 'Lijdende vorm zonder uitvoerder', en: 'Passive without an agent' },
  message: {
    nl: 'Wie doet dit? "{participle}" staat in de lijdende vorm zonder uitvoerder.',
    en: 'Who does this? "{participle}" is passive and names no one who does it.',
  },
  explanation: {
    nl: 'Een afspraak in de lijdende vorm ("er wordt gezorgd voor", "dit wordt opgepakt") laat open wie zich eraan verbindt. Volgens het boek werkt een coalitie pas als partners op hun bijdrage aanspreekbaar zijn; dat kan alleen als de tekst zegt wie iets doet.',
    en: 'An agreement in the passive voice ("it will be taken care of") leaves open who commits to it. The book says a coalition works only when partners can be held to their contributions, which requires the text to say who acts.',
  },
  fix: {
    nl: 'Maak de uitvoerder het onderwerp: "De GGD zorgt vóór 1 maart voor een sluitende aanpak" in plaats van "Er wordt gezorgd voor een sluitende aanpak".',
    en: 'Make the actor the subject: "The GGD arranges a complete approach before 1 March" instead of "A complete approach will be arranged".',
  },
  examples: {
    bad: ['Partijen komen het volgende overeen. Er wordt gezorgd voor een goede aansluiting.', 'Partijen komen het volgende overeen. Dit zal in het najaar worden opgepakt.'],
    good: ['Het plan wordt door de wethouder vastgesteld.', 'We openen in 2026 een tweede milieustraat. Daarnaast wordt het ophaalrooster vereenvoudigd.', 'De wijkteams pakken de signalen binnen twee weken op.', 'Dit besluit wordt met de toelichting in de Staatscourant geplaatst.', 'In vraag 4 wordt gevraagd naar het aantal deelnemers per wijk.', 'De wethouder stelt het budget vóór 1 maart vast. Het wordt in twee termijnen uitbetaald.', 'Partijen komen het volgende overeen. De speeltuin is in de zomer gesloten.', 'Partijen komen het volgende overeen. Er wordt jaarlijks een bedrag verstrekt aan het buurtfonds.', 'Partijen komen het volgende overeen. De vergoeding wordt berekend op basis van het aantal uren.', 'Partijen komen het volgende overeen. Bij de keuze wordt rekening gehouden met de wensen van de bewoner.', 'Partijen komen het volgende overeen. De speeltuin wordt alleen opgeknapt als het budget dat toelaat.', 'Partijen komen het volgende overeen. Projecten worden beoordeeld op hun bijdrage aan de leefbaarheid.', 'Partijen komen het volgende overeen. De reiskosten worden aan de deelnemer vergoed.', 'Partijen komen het volgende overeen. De omvang van het onderhoud wordt bij de jaarlijkse gemeenschappelijke schouw vastgelegd.', 'Partijen komen het volgende overeen. Een uitnodiging voor de vergadering wordt ten minste twee weken van tevoren toegezonden.'],
  },
  fixable: true,
  gate(s) {
    // A dynamic passive needs a form of worden; the clause records say whether it is one.
    if (!s.tokens.some((t) => COMMITMENT_AUX.test(t.low))) return false;
    return readLocal(s).clauses.some((c) => c.voice?.dynamic && !c.voice.agent && !c.subordinate);
  },
  check(s, ctx, report) {
    // Only where the text commits in its own voice (not definitions, legal formulas, forms, analysis, citations,
    // model clauses), and only when nobody can be found: not in the sentence, the one before or after it, the
    // heading or lead-in above, nor the text's own single author or enacting authority.
    const u = ctx.unit(s);
    // "Who does it?" is an open question only where several parties share the text (an agreement): in a
    // regulation the enacting authority acts, in a programme or coalition agreement its single author, and where the
    // speaker is unknown nobody can say that an actor is missing (measured: on every set of real documents the
    // rule's precision outside agreements was below 10 %).
    if (!u.parties || !u.commits || u.fn === 'intention' || u.authorActs || u.actorNearby) return;
    if (u.main && (u.main.modality === 'possibility' || u.main.mood === 'question')) return;
    // An explained effect opens with "Zo"/"Hiermee"/"Op deze manier" ("Zo wordt voorkomen dat huurders …"): what the
    // measures before it bring about, not a task of its own.
    // The opener stands first; a bare "Zo" only with the verb right after it ("Zo wordt …"; not "Zo snel mogelijk
    // worden …", nor "Er wordt zo mogelijk …").
    if (effectOpening(s)) return;
    const specific = s.actors.some((a) => a.kind === 'named' || a.kind === 'org' || a.kind === 'role');
    for (const c of u.clauses) {
      const v = c.voice;
      // The dynamic passive of a main clause that commits: not a state ("is gesloten"), not a subordinate or
      // conditional clause ("… die worden benoemd" describes), not an option, not with its door-agent.
      // (A negated passive, "Persoonsgegevens worden niet langer bewaard dan noodzakelijk", sets a limit that binds
      // every party: nobody is to act.)
      if (!v || !v.dynamic || v.agent || c.subordinate || c.conditional || c.modality === 'possibility' || c.negated) continue;
      const aux = s.tokens[v.aux], part = s.tokens[v.participle];
      // Past-tense reports ("werd vastgesteld") describe, they do not commit.
      if (!COMMITMENT_AUX.test(aux.low)) continue;
      // Text about the text ("hieronder worden … beschreven") and expectations are not actions.
      if (vocab('referentialParticiples').isWord(part.low)) continue;
      // A passive of noting or bearing in mind with its "dat"/"of" clause ("Daarbij moet worden opgemerkt dat …",
      // "moet worden bedacht dat …"): the text reasons with the reader, nobody is to act.
      if (vocab('discourseParticiples').isWord(part.low) && s.tokens.slice(v.participle + 1, v.participle + 3).some((t) => t.low === 'dat' || t.low === 'of')) continue;
      // "Als burger word ik geïnformeerd": a person in a user story, not an agentless commitment.
      if (/^(ik|u|je|jij)$/.test(s.tokens[v.aux + 1]?.low ?? '')) continue;
      if (specific && !v.impersonal) continue;
      if (procedureBetweenParties(s, c, v) || normClause(s, c) || criterionOrStep(s, c, v) || schemeNorm(s, c, v) || jointForum(s, c)) continue;
      const start = Math.min(aux.start, part.start), end = Math.max(aux.end, part.end);
      report({
        start, end,
        data: { participle: part.text },
        fixes: [{
          title: { nl: 'Voeg "door [wie?]" toe', en: 'Add "door [who?]"' },
          edits: [{ start: part.start, end: part.start, text: 'door [wie?] ' }],
          preferred: true,
        }],
      });
    }
  },
};

// The verbs of consideration and conduct (vocabulary `passiveCriterionVerbs`: "bij de keuze wordt rekening gehouden
// met …", "wordt getoetst aan …") state a criterion or a norm for whoever acts, not a task; the verbs of examining
// (`passiveExamineVerbs`) are an activity, but a step of a procedure when its order or the frame of an assessment
// says so (`procedureStep`: "eerst …, vervolgens …", "bij de beoordeling"). Verbs of delivering and activities
// ("wordt gezorgd voor …", "wordt opgepakt") stay tasks.

/** A criterion or a step of a procedure, not a task: the verbs of consideration always, examining when ordered. */
function criterionOrStep(s: Sentence, c: Clause, v: Voice): boolean {
  const lemma = tagsOf(s)[v.participle]?.lemma ?? '';
  if (vocab('passiveCriterionVerbs').isWord(lemma)) return true;
  if (!vocab('passiveExamineVerbs').isWord(lemma)) return false;
  return vocab('procedureStep').test(wordsLow(s, c.start, c.end));
}

// Granting or paying (the one who funds acts) and submitting (the one who applies acts): vocabulary `transferVerbs`
// (lemmas) and `transferParticiples` (participles the tagger does not lemmatise); the things of such a procedure
// (`procedureNouns`) carry their roles with the noun. The relation between the two parties fixes the doer.

/**
 * A procedure between the parties, not an open task: a passive whose subject is the procedure's own object
 * ("de aanvraag wordt ingediend vóór 1 september", "de beschikking wordt binnen acht weken gegeven"), or a passive
 * of granting, paying or submitting whose clause names the receiving party ("wordt verstrekt aan de gemeente",
 * "wordt ingediend bij het college"). The instrument's own mechanism says who acts: the grantor pays, the applicant
 * applies, the authority decides (guide real-documents: actor given by the instrument).
 */
function procedureBetweenParties(s: Sentence, c: Clause, v: Voice): boolean {
  // The subject is the procedure's own object ("de aanvraag wordt binnen acht weken beoordeeld"): its roles come
  // with the noun (the applicant applies, the authority decides), whatever the verb.
  const subj = c.subject ? s.tokens.slice(c.subject[0], c.subject[1] + 1) : [];
  const tags = tagsOf(s);
  if (subj.some((t, k) => vocab('procedureNouns').isWord(tags[c.subject![0] + k]?.lemma ?? t.low) || vocab('procedureNouns').isWord(t.low))) return true;
  const lemma = tags[v.participle]?.lemma;
  if (!(lemma && vocab('transferVerbs').isWord(lemma)) && !vocab('transferParticiples').isWord(s.tokens[v.participle].low)) return false;
  // A transfer to a named party ("wordt verstrekt aan de gemeente", "wordt ingediend bij het college").
  for (let i = c.start; i < c.end - 1; i++) {
    const w = s.tokens[i].low;
    if ((w === 'aan' || w === 'bij') && s.tokens[i + 1].kind === 'word') return true;
  }
  return false;
}

/**
 * A norm of the instrument, not a task: the clause fixes the standard by which something is done ("wordt berekend
 * op basis van het inkomensverschil", "wordt vastgesteld overeenkomstig artikel 4", "wordt zoveel mogelijk
 * aangesloten bij de cao"; vocabulary `normReference`): how, by what measure or under which article — the instrument
 * itself is the doer.
 */
function normClause(s: Sentence, c: Clause): boolean {
  const text = wordsLow(s, c.start, c.end);
  return vocab('normReference').test(text);
}

/**
 * Norm or scheme content, not an open task (guide real-documents part 1: "actor given by the instrument"):
 * - a condition, criterion or restriction of the scheme ("wordt alleen toegekend als …", "worden beoordeeld op …",
 *   "worden voorwaarden verbonden aan …", "komt ten laste van …"; vocabulary `schemeCondition`);
 * - an entitlement of the scheme's beneficiary: what the employee, participant or resident receives ("De werknemer
 *   wordt begeleid naar ander werk", "De reiskosten worden aan de deelnemer vergoed"; `schemeBeneficiary`,
 *   `entitlementVerbs`). The one who funds or employs acts; the instrument says so by its nature.
 */
function schemeNorm(s: Sentence, c: Clause, v: Voice): boolean {
  // From the clause to the end of the sentence: the condition may stand in the clause that follows ("wordt alleen
  // toegekend als …").
  if (vocab('schemeCondition').test(wordsLow(s, c.start))) return true;
  const tags = tagsOf(s);
  // The beneficiary is the passive's subject, or the one it is given to ("aan de werknemer").
  return passiveEntitlement(s, c, v, (k) => vocab('schemeBeneficiary').isWord(s.tokens[k].low) || (tags[k]?.pos === 'NOUN' && isPeopleWord(tags[k].lemma)));
}

/**
 * Done in a joint meeting or inspection of the parties ("wordt bij de jaarlijkse gemeenschappelijke schouw
 * vastgelegd", "wordt in het gezamenlijk overleg besproken"): the parties act there together, the forum names them.
 */
function jointForum(s: Sentence, c: Clause): boolean {
  return vocab('jointForum').test(wordsLow(s, c.start, c.end));
}

/** The sentence opens with an explained effect: "Hiermee", "Daardoor", "Op deze manier", or "Zo" with its verb after it. */
function effectOpening(s: Sentence): boolean {
  const t = s.tokens, w0 = t[0]?.low ?? '';
  if (w0 === 'zo') return /^(wordt|worden|is|zijn|kan|kunnen|ontstaat|ontstaan|blijft|blijven)$/.test(t[1]?.low ?? '');
  return vocab('effectOpener').test(t.slice(0, 3).map((x) => x.low).join(' ')) && (vocab('effectOpener').test(w0) || w0 === 'op' || w0 === 'alleen');
}
