import { strict as assert } from 'assert';
import { tagWords, lemmaOf, compoundHead, isParticle, joinSeparable, type Tag } from '../../src/core/read/lexicon';

/** Our own invented sentences, tokenised simply (words, numbers, single punctuation marks). */
const words = (s: string): string[] => s.match(/[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]/gu) ?? [];
const tag = (s: string): Map<string, Tag> => {
  const w = words(s);
  const tags = tagWords(w);
  return new Map(w.map((x, i) => [x, tags[i]]));
};

describe('lexicon: tagWords', () => {
  it('reads the words of the supplement as their one reading (scripts/lexicon-supplement.tsv): no finite verb in a plural noun', () => {
    const t = tag('De gemaakte afspraken worden namens de partijen rondom de zomer vastgelegd.');
    assert.equal(t.get('afspraken')!.pos, 'NOUN');
    assert.equal(t.get('afspraken')!.lemma, 'afspraak');
    assert.equal(t.get('namens')!.pos, 'ADP');
    assert.equal(t.get('rondom')!.pos, 'ADP');
    // An unknown participle before a noun ('ge…de/te') is a participle, never a finite past.
    assert.equal(t.get('gemaakte')!.pos, 'VERB');
    assert.equal(t.get('gemaakte')!.verbForm, 'part');
    assert.equal(t.get('gemaakte')!.lemma, 'maken');
    const k = tag('Er zijn kansen voor de ouderen in de keten.');
    assert.equal(k.get('kansen')!.pos, 'NOUN');
    assert.equal(k.get('ouderen')!.pos, 'NOUN');
    assert.equal(k.get('keten')!.lemma, 'keten');
  });

  it('reads a finite verb with its separated particle', () => {
    const t = tag('De gemeente stelt het plan vóór 1 juli vast.');
    assert.equal(t.get('stelt')!.pos, 'VERB');
    assert.equal(t.get('stelt')!.verbForm, 'fin');
    assert.equal(t.get('stelt')!.tense, 'pres');
    assert.equal(t.get('stelt')!.lemma, 'stellen');
    assert.ok(isParticle('vast'));
    assert.equal(joinSeparable('vast', t.get('stelt')!.lemma), 'vaststellen');
    assert.equal(t.get('gemeente')!.pos, 'NOUN');
    assert.equal(t.get('De')!.pos, 'DET', 'a capitalised sentence start is not a name');
  });

  it('reads "wordt" as an auxiliary and the participle after it', () => {
    const t = tag('Het plan wordt door de raad vastgesteld.');
    assert.equal(t.get('wordt')!.pos, 'AUX');
    assert.equal(t.get('wordt')!.lemma, 'worden');
    assert.equal(t.get('vastgesteld')!.verbForm, 'part');
    assert.equal(t.get('vastgesteld')!.lemma, 'vaststellen');
  });

  it('lemmatises participles of particle verbs to the infinitive', () => {
    const t = tag('De taken worden opgesteld en uitgevoerd.');
    assert.deepEqual([t.get('opgesteld')!.lemma, t.get('uitgevoerd')!.lemma], ['opstellen', 'uitvoeren']);
    assert.deepEqual([t.get('opgesteld')!.verbForm, t.get('uitgevoerd')!.verbForm], ['part', 'part']);
  });

  it('reads plural nouns and gives their singular', () => {
    const t = tag('Gemeenten maken samen plannen.');
    assert.equal(t.get('Gemeenten')!.pos, 'NOUN');
    assert.equal(t.get('Gemeenten')!.number, 'plur');
    assert.equal(t.get('Gemeenten')!.lemma, 'gemeente');
    assert.equal(t.get('maken')!.verbForm, 'fin');
  });

  it('reads an infinitive after "te"', () => {
    const t = tag('Het college heeft besloten de nota vast te stellen.');
    assert.equal(t.get('stellen')!.verbForm, 'inf');
    assert.equal(t.get('besloten')!.verbForm, 'part');
    assert.equal(t.get('besloten')!.lemma, 'besluiten');
  });

  it('tells the noun "inspanning" from the verb "inspannen"', () => {
    const t = tag('Wij doen een inspanning om het tekort te inspannen.');
    assert.equal(t.get('inspanning')!.pos, 'NOUN');
    assert.equal(t.get('inspanning')!.lemma, 'inspanning');
    assert.equal(t.get('inspannen')!.pos, 'VERB');
    assert.equal(t.get('inspannen')!.verbForm, 'inf');
  });

  it('reads an -en verb after a finite verb in the same clause as an infinitive', () => {
    const t = tag('Wij willen ons samen inspannen.');
    assert.equal(t.get('willen')!.verbForm, 'fin');
    assert.equal(t.get('inspannen')!.verbForm, 'inf');
    assert.equal(tag('De partners inspannen zich.').get('inspannen')!.verbForm, 'fin');
  });

  it('reads an unknown plural of a known noun as a noun after an article', () => {
    const t = tag('De afspraken en de prestatieafspraken zijn gemaakt.');
    assert.equal(t.get('afspraken')!.pos, 'NOUN');
    assert.equal(t.get('afspraken')!.lemma, 'afspraak');
    assert.equal(t.get('prestatieafspraken')!.pos, 'NOUN');
    assert.equal(t.get('prestatieafspraken')!.lemma, 'prestatieafspraak');
  });

  it('does not read a capitalised common word at the sentence start as a name, but does mid-sentence', () => {
    assert.equal(tag('Gemeenten werken samen.').get('Gemeenten')!.pos, 'NOUN');
    assert.equal(tag('Afspraken worden gemaakt.').get('Afspraken')!.pos, 'NOUN');
    assert.equal(tag('Zij werken samen met Zwartewaterland.').get('Zwartewaterland')!.pos, 'PROPN');
  });

  it('tags punctuation and numbers, and returns one tag per token', () => {
    const w = words('In 2026 is € 1,5 miljoen beschikbaar.');
    const t = tagWords(w);
    assert.equal(t.length, w.length);
    assert.equal(t[1].pos, 'NUM');
    assert.equal(t[t.length - 1].pos, 'PUNCT');
    assert.deepEqual(tagWords([]), []);
  });
});

describe('lexicon: lemmaOf', () => {
  it('gives infinitives for verb forms and participles', () => {
    assert.equal(lemmaOf('vastgesteld'), 'vaststellen');
    assert.equal(lemmaOf('afgesproken'), 'afspreken');
    assert.equal(lemmaOf('geëvalueerd'), 'evalueren');
    assert.equal(lemmaOf('gefinancierd'), 'financieren');
    assert.equal(lemmaOf('toegekend'), 'toekennen');
    assert.equal(lemmaOf('stelt'), 'stellen');
    assert.equal(lemmaOf('gemonitord'), 'monitoren');
    assert.equal(lemmaOf('beoordeeld'), 'beoordelen');
  });
  it('gives singulars for plural nouns', () => {
    assert.equal(lemmaOf('gemeenten'), 'gemeente');
    assert.equal(lemmaOf('wijkteams'), 'wijkteam');
  });
  it('gives the base of a diminutive, as the treebank does', () => {
    assert.equal(lemmaOf('huisje'), 'huis');
    assert.equal(lemmaOf('kopjes'), 'kop');
  });
  it('keeps nominalisations as nouns', () => {
    assert.equal(lemmaOf('inspanning'), 'inspanning');
    assert.equal(lemmaOf('samenwerking'), 'samenwerking');
  });
});

describe('lexicon: compoundHead', () => {
  it('splits compounds to their head with linking morphemes', () => {
    assert.deepEqual(compoundHead('uitvoeringsakkoord'), { head: 'akkoord', modifier: 'uitvoering' });
    assert.deepEqual(compoundHead('beleidsplannen'), { head: 'plan', modifier: 'beleid' });
    assert.equal(compoundHead('gemeenteraad').head, 'raad');
    assert.equal(compoundHead('gemeenteraad').modifier, 'gemeente');
    assert.equal(compoundHead('jeugdhulpaanbieders').head, 'aanbieder');
    assert.equal(compoundHead('wijkteams').head, 'team');
    assert.equal(compoundHead('regierol').head, 'rol');
  });
  it('takes the longest known head, not a shorter noun inside it', () => {
    assert.equal(compoundHead('voedselvoorraad').head, 'voorraad');
    assert.equal(compoundHead('voedselvoorraad').modifier, 'voedsel');
    assert.deepEqual(compoundHead('voorraad'), { head: 'voorraad' });
  });
});

describe('lexicon: particles', () => {
  it('knows separable particles and separable verbs', () => {
    assert.ok(isParticle('op') && isParticle('Vast') && isParticle('samen'));
    assert.ok(!isParticle('de') && !isParticle('gemeente'));
    assert.equal(joinSeparable('op', 'stellen'), 'opstellen');
    assert.equal(joinSeparable('vast', 'lopen'), 'vastlopen');
    assert.equal(joinSeparable('vast', 'maken'), undefined);
    assert.equal(joinSeparable('de', 'stellen'), undefined);
  });
});
