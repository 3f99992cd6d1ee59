import type { DocumentRule } from './types';
import { regexKey, sentenceHasPhrase } from '../vocab';
import { textFacts } from '../document';
import { schemeRecipient } from '../read/frames';

/** No afnemers at all: for whom is this? (book ch. 2 "Sleutel 1", "De afnemers centraal"). */
export const afnemerOntbreekt: DocumentRule = {
  id: 'afnemer/ontbreekt',
  key: 'K1',
  defaultSeverity: 'warning',
  scope: 'document',
  book: 'H2 "Sleutel 1", "Drijvende krachten; 1. de afnemers centraal"',
  title: { nl: 'Geen afnemers genoemd', en: 'No afnemers named' },
  message: {
    nl: 'Voor wie is dit? De tekst noemt geen afnemers (inwoners, cliënten, een doelgroep).',
    en: 'Who is this for? The text names no afnemers (residents, clients, a target group).',
  },
  explanation: {
    nl: 'In het boek trekken de afnemers het werk "uit je handen": inwoners, cliënten of een duidelijke doelgroep geven de coalitie richting en maken resultaten toetsbaar. Een tekst die alleen over de eigen organisaties gaat, mist dat anker.',
    en: 'In the book the afnemers (those the work is for) pull the work along: residents, clients or a clear target group give the coalition direction and make results testable. A text about the organisations only lacks that anchor.',
  },
  fix: {
    nl: 'Noem voor wie het werk is en wat zij nodig hebben: "Voor mantelzorgers van thuiswonende 80-plussers, die één aanspreekpunt willen."',
    en: 'Say who the work is for and what they need: "For carers of elderly people living at home, who want a single point of contact."',
  },
  examples: {
    bad: ['De partners verbeteren hun onderlinge afstemming en delen kennis. Zij komen vier keer per jaar bijeen en maken afspraken over de taakverdeling tussen de organisaties. Elke partner wijst een contactpersoon aan voor het overleg.'],
    good: ['Jongeren tussen 16 en 23 jaar zonder startkwalificatie krijgen binnen vier weken een coach.', 'Melders krijgen binnen twee werkdagen bericht over de afhandeling van een melding.', 'Boventallige medewerkers krijgen een begeleidingstraject van werk naar werk en behouden hun salaris gedurende twaalf maanden. De werkgever betaalt de kosten van de omscholing en de reiskosten van de medewerker.'],
  },
  families: ['afnemers'],
  check(ctx, report) {
    const re = ctx.family('afnemers');
    const { doc } = ctx;
    if (doc.words < 30) return;
    const has = textFacts(doc, `afnemers:${regexKey(re)}`, (s) => sentenceHasPhrase(s, re));
    // Members or staff who receive under the scheme (a social plan's employees, a pilot's participants) are its
    // afnemers, as K1.afnemers reads them (read/frames.ts `schemeRecipient`).
    const recipient = textFacts(doc, 'afnemers:recipient', schemeRecipient);
    for (let i = 0; i < doc.sentences.length; i++) if (has(i) || recipient(i)) return;
    const first = doc.blocks.find((b) => b.kind === 'heading') ?? doc.blocks[0];
    if (!first) return;
    const end = Math.min(first.end, doc.lines.lineEnd(doc.lines.at(first.start).line));
    report({ start: first.start, end: Math.max(end, first.start + 1) });
  },
};
