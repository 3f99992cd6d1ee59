import type { DocumentRule } from './types';
import { titleSpan } from './util';
import { memoize, textFacts } from '../document';
import { unitOf } from '../read/unit';
import { phraseClass } from '../vocab/classes';

/** The text commits to something: an agreement, a rule set, a programme or a plan of action (or one of the acts below). */
const COMMITTING_TEXT = phraseClass('committingText');

/** Cues that are acts in themselves (a plain present-tense statement that names a programme or decision is not). */
const ACTING = phraseClass('committingAct');

/** A committing text with no amount at all (book ch. 2, "Sleutel 3: Boter bij de vis"). */
export const geldOntbreekt: DocumentRule = {
  id: 'geld/ontbreekt',
  key: 'K3',
  defaultSeverity: 'warning',
  scope: 'document',
  book: 'H2 "Sleutel 3: Boter bij de vis", "Waarover je in ieder geval afspraken moet maken in de coalitie"',
  title: { nl: 'Geen enkel bedrag', en: 'No amount at all' },
  message: {
    nl: 'Deze tekst maakt afspraken maar noemt nergens een bedrag. Wie betaalt wat, en hoeveel?',
    en: 'This text makes agreements but names no amount anywhere. Who pays what, and how much?',
  },
  explanation: {
    nl: '"Geen geld, geen Zwitsers": volgens het boek is een coalitie pas vitaal als er boter bij de vis komt. Een convenant, programma of regeling zonder één bedrag laat open of het werk betaald kan worden en wie het risico draagt; dan blijft het bij goede bedoelingen. Ook een klein bedrag of een verdeelsleutel met een totaal maakt de afspraak toetsbaar.',
    en: '"No money, no Swiss guards": according to the book a coalition is vital only when real resources come with it. A covenant, programme or regulation without a single amount leaves open whether the work can be paid for and who bears the risk; it stays good intentions. Even a small amount or a cost split with a total makes the agreement testable.',
  },
  fix: {
    nl: 'Neem een paragraaf Financiën op met bedragen per partner en per jaar: "De gemeente draagt € 150.000 per jaar bij, de corporatie € 50.000; een tekort wordt naar rato gedeeld."',
    en: 'Add a Finance section with amounts per partner and year: "The municipality contributes €150,000 a year, the housing corporation €50,000; a deficit is shared pro rata."',
  },
  examples: {
    bad: ['# Convenant Jeugd\n\nPartijen komen het volgende overeen. De gemeente en de scholen zetten een gezamenlijk team op voor vroegsignalering. Het team start in het voorjaar en rapporteert jaarlijks aan de stuurgroep. De kosten worden gedragen binnen de bestaande budgetten van partijen. Partijen evalueren de samenwerking na twee jaar en besluiten dan over voortzetting. Elke partij wijst een contactpersoon aan. Geschillen worden voorgelegd aan de stuurgroep. Dit convenant treedt in werking op de dag na ondertekening en geldt voor vier jaar.'],
    good: ['# Overdrachtsdossier sociaal domein\n\nDit overdrachtsdossier beschrijft de stand van zaken in het sociaal domein. Het besluit over de wijkteams werd in 2023 genomen. Uit de evaluatie blijkt dat de regeling vaak te laat wordt aangevraagd. Veel inwoners kennen de regeling niet. De afgelopen jaren is het aantal aanvragen gestegen. Het actieplan van de vorige raad liep in 2024 af. Het programma loopt nog tot eind 2026.', '# Convenant Jeugd\n\nPartijen komen het volgende overeen. De gemeente en de scholen zetten een gezamenlijk team op voor vroegsignalering. De gemeente stelt daarvoor € 120.000 per jaar beschikbaar. Het team start in het voorjaar en rapporteert jaarlijks aan de stuurgroep. Partijen evalueren de samenwerking na twee jaar en besluiten dan over voortzetting. Elke partij wijst een contactpersoon aan. Geschillen worden voorgelegd aan de stuurgroep. Dit convenant treedt in werking op de dag na ondertekening.'],
  },
  check(ctx, report) {
    const { doc } = ctx;
    if (doc.words < 40) return;
    const closed = textFacts(doc, 'money:closed', (s) => memoize(s, 'money:closed', () => s.money.some((m) => !m.open)));
    for (let i = 0; i < doc.sentences.length; i++) if (closed(i)) return;
    const committing = textFacts(doc, 'geld:committing', (s) => memoize(s, 'geld:committing', () => COMMITTING_TEXT.test(s) || ACTING.test(s)));
    let cues = 0;
    // Cues count only where the text commits in its own voice: a descriptive text (a handover dossier, an
    // analysis, an explanation of a legal power) that names programmes and decisions commits to nothing to fund.
    // The title names the genre (a convenant, a programme) and counts as one cue.
    const title = doc.sentences.findIndex((x) => doc.blocks[x.block]?.kind === 'heading');
    const own = (i: number): boolean => { if (i === title) return true; const u = unitOf(doc, i); return u.commits && (u.fn !== 'statement' || ACTING.test(doc.sentences[i])); };
    for (let i = 0; i < doc.sentences.length; i++) { if (committing(i) && own(i)) cues++; if (cues >= 2) break; }
    if (cues < 2) return;
    const span = titleSpan(doc);
    if (span) report(span);
  },
};
