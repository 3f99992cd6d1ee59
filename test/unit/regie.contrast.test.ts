/**
 * Minimal pairs for the regie reader (src/core/regie.ts; guide judgement §5, real-documents C1 and C2): each pair
 * is the same text with one change that flips the reading. Every sentence is invented; every place is fictional.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';

/** The classes of the regie words in a text placed after a neutral title and opening line. */
function classes(body: string): string[] {
  const r = analyze(`# Notitie\n\nDit is de notitie van het college over het sociaal domein.\n\n${body}\n`);
  return r.regie.filter((m) => m.line >= 5).map((m) => m.class);
}

type Pair = [string, string, string, string[], string[]];

const PAIRS: Pair[] = [
  // [kind, text A, text B, classes A, classes B]
  ['holder named vs absent',
    'De provincie voert de regie en stelt € 2 miljoen beschikbaar.',
    'Er wordt regie gevoerd en er komt € 2 miljoen beschikbaar.',
    ['gevuld'], ['hol']],
  ['holder named vs agentless passive',
    'De regie wordt gevoerd door de provincie, die er € 2 miljoen voor uittrekt.',
    'De regie wordt gevoerd en er is € 2 miljoen voor beschikbaar.',
    ['gevuld'], ['hol']],
  ['holder alone vs holder together with others',
    'De gemeente voert de regie en stelt vóór 1 juni een uitvoeringsplan vast.',
    'De gemeente voert samen met de partners de regie en stelt vóór 1 juni een uitvoeringsplan vast.',
    ['gevuld'], ['hol']],
  ['holder vs collective',
    'De gemeente voert de regie en stelt vóór 1 juni een uitvoeringsplan vast.',
    'Alle partners voeren samen de regie en stellen vóór 1 juni een uitvoeringsplan vast.',
    ['gevuld'], ['hol']],
  ['claim vs citizens\' own grip (subject)',
    'De gemeente houdt de regie over de zorgroute.',
    'De inwoner houdt de regie over de zorgroute.',
    ['hol'], ['anders']],
  ['claim vs own grip (inversion)',
    'Zo houdt de gemeente de regie, ook als er veel partijen zijn.',
    'Zo houdt de cliënt de regie, ook als er veel hulpverleners zijn.',
    ['hol'], ['anders']],
  ['claim vs own grip (given to someone)',
    'De gemeente neemt meer regie op de jeugdhulp.',
    'De gemeente geeft jongeren meer regie op de jeugdhulp.',
    ['hol'], ['anders']],
  ['claim vs own grip (purpose infinitive)',
    'Het programma helpt de gemeente om regie op de schuldhulp te nemen.',
    'Het programma helpt kleine ondernemers om regie en overzicht terug te krijgen.',
    ['hol'], ['anders']],
  ['claim vs a professional\'s control of a case',
    'De gemeente houdt de regie over de behandeling.',
    'De huisarts houdt de regie over de behandeling.',
    ['hol'], ['anders']],
  ['organisation vs person over data',
    'De provincie voert de regie op de gegevens van de monitor.',
    'Regie op gegevens is het vertrekpunt voor iedere bewoner.',
    ['hol'], ['anders']],
  ['name of a body vs its founding clause',
    'Er is een Regietafel Wonen die vóór 1 juli een woonplan vaststelt.',
    'De Regietafel Wonen vergadert zes keer per jaar.',
    ['gevuld'], ['naam']],
  ['name of a law vs a claim',
    'De provincie voert regie op de kustzone.',
    'De Wet regie op de kustzone treedt in 2027 in werking.',
    ['hol'], ['naam']],
  ['question vs claim',
    'De provincie voert de regie over de kustzone.',
    'Wie voert de regie over de kustzone?',
    ['hol'], ['anders']],
  ['form instruction vs claim',
    'De gemeente heeft de regie in het project.',
    'Beschrijf wie in uw project de regie heeft en hoe.',
    ['hol'], ['anders']],
  ['indirect question vs claim',
    'In stap 2 voert het wijkteam de regie over het gezinsplan en stelt het binnen twee weken vast.',
    'In stap 2 kiezen de betrokkenen onder wiens regie het gezinsplan wordt uitgevoerd.',
    ['gevuld'], ['anders']],
  ['indicator vs task',
    'De casusregisseur stelt binnen acht weken met het gezin een plan op.',
    'Indicator: het aantal dossiers dat de casusregisseur binnen acht weken afsluit.',
    ['gevuld'], ['anders']],
  ['listed content of a description vs claim',
    'De gemeente voert de regie in de planning.',
    'De beschrijving bevat de taken, de voortgangsbewaking en de regierol in de planning.',
    ['hol'], ['anders']],
  ['means of the holder vs means of another party',
    'De provincie voert de regie. Zij stelt daarvoor € 1 miljoen beschikbaar.',
    'De provincie voert de regie. De gemeenten stellen daarvoor € 1 miljoen beschikbaar.',
    ['gevuld'], ['hol']],
  ['kind in the same sentence vs none',
    'Het waterschap voert regie: het grijpt alleen in als het overleg stilvalt.',
    'Het waterschap voert regie op het overleg.',
    ['gevuld'], ['hol']],
  ['missing means with a remedy vs a bare takeover',
    'Lindewaard heeft te weinig capaciteit voor de aanpak. De provincie neemt de regie daarom over.',
    'Lindewaard werkt aan de aanpak. De provincie neemt de regie daarom over.',
    ['gevuld'], ['hol']],
  ['budget of the regie vs nothing',
    'De gedeputeerde voert de regie over het Bomenfonds.',
    'De gedeputeerde voert de regie over de bomen.',
    ['gevuld'], ['hol']],
  ['legal instruments of the holder vs none',
    'De gemeente voert de regie met de instrumenten uit het omgevingsplan.',
    'De gemeente voert de regie met het oog op het omgevingsplan.',
    ['gevuld'], ['hol']],
  ['named partners with a task under a named director vs without partners',
    'Onder regie van Maasbrede werken de school en de jeugdarts aan vroegsignalering.',
    'Onder regie van Maasbrede wordt gewerkt aan vroegsignalering.',
    ['gevuld'], ['hol']],
];

describe('regie reader: minimal pairs', function () {
  // The first analysis loads the lexicon: slow on a busy machine.
  this.timeout(20000);
  for (const [kind, a, b, wantA, wantB] of PAIRS) {
    it(kind, () => {
      assert.deepEqual(classes(a), wantA, a);
      assert.deepEqual(classes(b), wantB, b);
    });
  }

  it('heading vs sentence: a heading names, the same words as a sentence claim', () => {
    const heading = analyze('# Notitie\n\nDit is de notitie van het college.\n\n## Regie op de kustzone\n\nDe kust is lang.\n');
    assert.deepEqual(heading.regie.map((m) => m.class), ['naam']);
    const sentence = analyze('# Notitie\n\nDit is de notitie van het college.\n\nSpeerpunten zijn vertrouwen en regie op de kustzone.\n');
    assert.deepEqual(sentence.regie.map((m) => m.class), ['hol']);
  });

  it('kind or means in the same paragraph fills; in another section it does not', () => {
    const same = '# Notitie\n\nDe provincie voert de regie. Zij heeft daarvoor doorzettingsmacht.\n\n## Geld\n\nDe kust is lang.\n';
    assert.deepEqual(analyze(same).regie.map((m) => m.class), ['gevuld']);
    const other = '# Notitie\n\nDe provincie voert de regie.\n\n## Geld\n\nZij heeft daarvoor doorzettingsmacht.\n';
    assert.deepEqual(analyze(other).regie.map((m) => m.class), ['hol']);
  });

  it('a title glued to its sentence names; the same words as a sentence with a holder claim', () => {
    const glued = analyze('# Notitie\n\nDit is de notitie van het college.\n\nRegierol richting de scholen De gemeente betaalt de scholen.\n');
    assert.deepEqual(glued.regie.map((m) => m.class), ['naam']);
    const plain = analyze('# Notitie\n\nDit is de notitie van het college.\n\nDe regierol richting de scholen ligt bij de gemeente.\n');
    assert.deepEqual(plain.regie.map((m) => m.class), ['hol']);
  });

  it('a body founded in a decree is filled by the tasks its next article gives it, not by coordination alone', () => {
    const decree = (tasks: string) => `# Instellingsbesluit\n\n## Artikel 1\n\nEr is een Regietafel Water, hierna te noemen: de regietafel.\n\n` +
      `## Artikel 2\n\nDe regietafel heeft tot taak:\n\n${tasks}\n\n## Artikel 3\n\nDe regietafel vergadert viermaal per jaar.\n`;
    const filled = analyze(decree('a. vóór 1 juli 2027 een uitvoeringsplan vast te stellen;\n\nb. jaarlijks aan de minister te rapporteren.'));
    assert.deepEqual(filled.regie.map((m) => m.class), ['gevuld', 'naam', 'naam', 'naam']);
    const hollow = analyze(decree('a. de samenhang te bewaken;\n\nb. knelpunten te signaleren.'));
    assert.deepEqual(hollow.regie.map((m) => m.class), ['hol', 'naam', 'naam', 'naam']);
  });

  it('a pronoun takes its holder from the sentence before in the paragraph', () => {
    const [m] = analyze('# Notitie\n\nDe gemeente is wettelijk eindverantwoordelijk voor het toezicht. Zij vult haar regierol actief in.\n').regie;
    assert.equal(m.actor, 'gemeente');
    assert.equal(m.class, 'gevuld');
    const [n] = analyze('# Notitie\n\nHet toezicht is belangrijk. Zij vult haar regierol actief in.\n').regie;
    assert.equal(n.actor, undefined);
    assert.equal(n.class, 'hol');
  });
});
