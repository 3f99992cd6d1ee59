/**
 * Contrast pairs of the twenty-second session (invented sentences): a main clause in the plain present that reports or
 * describes rather than lays down (`reportsInPresent` in src/core/read/unit.ts): running work described with a word
 * of the present state of affairs, "zijn" with a participle without a moment ahead, and "we"/"ik" addressing the
 * reader about the text. Measured against the blind unit gold set (docs/accuracy.md, "Twenty-second session"); these
 * pairs pin the language, not those sentences.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { readLocal } from '../../src/core/read/unit';
import { commitsAfter, no, yes, sentence } from './contrast';

const NOTA = '# Nota wonen en zorg Lindewaard\n\nDeze nota beschrijft de aanpak van de gemeente Lindewaard.\n\n## Aanpak\n\n';
const CONVENANT = '# Convenant wonen en zorg Lindewaard\n\nPartijen komen het volgende overeen.\n\n## Artikel 1\n\n';

/** Whether the sentence holding `needle` commits, in a nota (a narrative text) or in a convenant. */
const commits = (body: string, needle: string, head = NOTA): boolean => commitsAfter(head, body, needle);

describe('voice23 contrast: a plain present that reports or describes', () => {
  it('running work with a word of the present state of affairs describes; the same act without it plans', () => {
    assert.equal(commits('Momenteel worden in de werkgroep voorstellen voor de woonzorgzones uitgewerkt.', 'woonzorgzones'), false);
    assert.equal(commits('In de werkgroep worden voorstellen voor de woonzorgzones uitgewerkt.', 'woonzorgzones'), true);
    assert.equal(commits('De corporaties en de gemeente werken sinds 2019 samen aan levensloopbestendige woningen.', 'levensloopbestendige'), false);
    assert.equal(commits('We werken op dit moment aan een nieuwe woonvisie.', 'woonvisie'), false);
    assert.equal(commits('We werken met de corporaties aan een nieuwe woonvisie.', 'woonvisie'), true);
  });
  it('the word must stand in the main clause: in a clause after it, it does not describe the main act', () => {
    assert.equal(commits('We bouwen tweehonderd woningen, waarbij we de buurten betrekken die sinds 2020 veel overlast hebben.', 'tweehonderd'), true);
  });
  it('"zijn" with a participle reports what was done; with a moment ahead it is a target; in an agreement it lays down', () => {
    assert.equal(commits('Voor de begroting zijn de risico\'s van de zorgkosten ingedekt.', 'zorgkosten'), false);
    assert.equal(commits('De brief is ondertekend door de wethouder en de directeur van de corporatie.', 'ondertekend'), false);
    assert.equal(commits('Eind 2028 zijn alle zorgwoningen in Lindewaard levensloopbestendig ingericht.', 'zorgwoningen'), true);
    assert.equal(commits('Binnen vier jaar zijn alle schoolgebouwen in Lindewaard verduurzaamd.', 'schoolgebouwen'), true);
    assert.equal(commits('De huurverhoging is beperkt tot de inflatie.', 'huurverhoging', CONVENANT), true);
    assert.equal(commits('De middelen voor de woonzorgzones zijn verdeeld, dus bouwen we in de Oostwijk twintig zorgwoningen.', 'zorgwoningen'), true);
  });
  it('"we"/"ik" addressing the reader about the text describes; the same verb as an act for others lays down', () => {
    assert.equal(commits('Daarnaast informeren wij u over de stand van zaken van de woonzorgzones.', 'stand van zaken'), false);
    assert.equal(commits('In dit hoofdstuk beschrijven we de opgave voor de komende jaren.', 'opgave'), false);
    assert.equal(commits('Ik neem uw raad mee in de ontwikkelingen rond de woningbouw.', 'woningbouw'), false);
    assert.equal(commits('We informeren de bewoners van de Oostwijk over de renovatie.', 'renovatie'), true);
    assert.equal(commits('We nemen de bewoners mee in de plannen voor de renovatie.', 'renovatie'), true);
  });
  it('a first person only in a clause that addresses the reader does not make the sentence the author\'s act', () => {
    assert.equal(commits('De maatregelen die ik in deze brief presenteer, hangen samen met de woonvisie.', 'maatregelen'), false);
  });
});

describe('voice23 contrast: the modality of a clause is its finite verb\'s, not an infinitive\'s after "te"', () => {
  const modality = (text: string): string | undefined => readLocal(sentence(text)).main?.modality;
  it('a modal after "te" in a purpose adjunct is no possibility of the clause', () => {
    assert.equal(modality('We werven actief nieuwe collega\'s om het werk te kunnen doen.'), 'none');
    assert.equal(modality('We kunnen nieuwe collega\'s werven voor het werk.'), 'possibility');
  });
  it('an obligation or a wish of the finite verb governs a possibility infinitive after it', () => {
    assert.equal(modality('Het loket moet beter kunnen inspelen op de vraag van ouderen.'), 'obligation');
    assert.equal(modality('Het loket kan beter inspelen op de vraag van ouderen.'), 'possibility');
  });
});

describe('voice23 contrast: wanting to look into something is a study, not a goal', () => {
  const nota = (body: string): string => NOTA + body + '\n';
  it('"willen (be)kijken hoe …" studies; "willen … verbeteren" aims at a result', () => {
    no(nota('De komende jaren willen we bekijken hoe we de zorg in de wijk beter organiseren.'), 'doel/vaag');
    no(nota('We willen kijken welke buurten meer ondersteuning nodig hebben.'), 'doel/vaag');
    yes(nota('De komende jaren willen we de zorg in de wijk beter organiseren.'), 'doel/vaag');
  });
});

describe('voice23 contrast: a hollow claim held jointly names its holders', () => {
  const message = (text: string): string[] => analyze(NOTA + text + '\n').findings.filter((f) => f.rule === 'regie/hol').map((f) => f.message);
  it('joint holders are named; no holder at all asks who', () => {
    const joint = message('Alle partners voeren gezamenlijk regie op het netwerk.');
    assert.equal(joint.length, 1);
    assert.match(joint[0], /gedeelde regie van "Alle partners"/);
    const placed = message('De regie op de uitvoering van de afspraken ligt bij het gebied.');
    assert.equal(placed.length, 1);
    assert.match(placed[0], /"het gebied" claimt regie/, 'where the text places the regie, that holder is named');
    assert.deepEqual(message('De regie op de uitvoering van de afspraken ligt bij de kerngroep, die vóór 1 juli een uitvoeringsplan vaststelt.'), [], 'and its act fills the claim');
    const none = message('Er komt meer regie op de zorgroute.');
    assert.equal(none.length, 1);
    assert.match(none[0], /wie voert hier regie\?/);
  });
});

describe('voice23 contrast: a named law as the frame of the regie is its mandate', () => {
  const hol = (text: string): number => analyze(NOTA + text + '\n').findings.filter((f) => f.rule === 'regie/hol').length;
  it('"vanuit/volgens/in de <wet>" before or after the word fills the claim; the bare claim stays hollow', () => {
    assert.equal(hol('Vanuit de Jeugdwet hebben gemeenten de regie op de jeugdhulp.'), 0);
    assert.equal(hol('Gemeenten hebben de regie op de jeugdhulp volgens de Wet maatschappelijke ondersteuning.'), 0);
    assert.equal(hol('Gemeenten hebben de regie op de jeugdhulp.'), 1);
  });
});
