import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Lexicon, compoundHead, dataHash, lemmaOf, tagWords } from '../../src/core/read/lexicon';
import { LEXICON_DATA } from '../../src/core/read/lexicon-data';
import { LEXICON_INDEX, LEXICON_INDEX_OF } from '../../src/core/read/lexicon-index';
import '../../src/core/index';
import { phraseSteps, registeredMatchers, type Step } from '../../src/core/vocab/phrase';
import { encodeSteps, prebuiltSteps } from '../../src/core/vocab/prebuilt';

const ROOT = path.resolve(__dirname, '../..');

describe('build-time start-up data (scripts/build-startup-data.mjs)', function () {
  this.timeout(60000);

  it('the generated files are current (run `npm run build` after changing the lexicon or the vocabulary)', () => {
    // Exits 1 and names the stale file when a generated file differs from what the sources give now.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-startup-data.mjs'), '--check'], { cwd: ROOT, stdio: 'pipe' });
  });

  it('a lexicon with the prebuilt indexes reads like one that builds them itself', () => {
    const words = ['Het', 'college', 'stelt', 'uitvoeringsakkoorden', 'vast', 'en', 'gemonitord', 'wijkteams', 'opgeschaald'];
    const built = new Lexicon(LEXICON_DATA);
    const pre = new Lexicon(LEXICON_DATA, LEXICON_INDEX);
    assert.deepEqual(pre.tagWords(words), built.tagWords(words));
    for (const w of ['zorgaanbiedersoverleg', 'wijkteams', 'jeugdhulpregio', 'voorraad']) assert.deepEqual(pre.compoundHead(w), built.compoundHead(w), w);
    assert.equal(pre.joinSeparable('vast', 'stellen'), built.joinSeparable('vast', 'stellen'));
    assert.equal(pre.exportIndex(), LEXICON_INDEX);
  });

  it('an entry looked up before the indexes are needed adds its lemma parts, as when the indexes are built then', () => {
    // 'achtjarige' (ADJ, lemma acht_jarig): looked up first, it makes 'achtjarig' a known word either way.
    const built = new Lexicon(LEXICON_DATA);
    const pre = new Lexicon(LEXICON_DATA, LEXICON_INDEX);
    built.tagWords(['achtjarige']); pre.tagWords(['achtjarige']);
    assert.equal(pre.exportIndex().split('\n').includes('achtjarig'), built.exportIndex().split('\n').includes('achtjarig'));
    assert.deepEqual(pre.compoundHead('achtjarigenbeleid'), built.compoundHead('achtjarigenbeleid'));
  });

  it('the shipped lexicon uses the index only for the data it was made from', () => {
    assert.notEqual(dataHash(`${LEXICON_DATA}\nx`), dataHash(LEXICON_DATA));
    assert.equal(LEXICON_INDEX_OF, dataHash(LEXICON_DATA));
    // The shipped functions read like a lexicon that builds its indexes itself.
    const built = new Lexicon(LEXICON_DATA);
    assert.equal(lemmaOf('gemonitord'), built.rawLemma('gemonitord').replace(/_/g, ''));
    assert.deepEqual(compoundHead('uitvoeringsakkoord'), built.compoundHead('uitvoeringsakkoord'));
    assert.deepEqual(tagWords(['Wij', 'willen', 'ons', 'inspannen']), built.tagWords(['Wij', 'willen', 'ons', 'inspannen']));
  });

  it('prebuilt phrase steps decode to what phraseSteps gives; unknown phrases are not in the data', () => {
    let found = 0;
    for (const m of registeredMatchers()) {
      for (const p of m.phrases) {
        const pre = prebuiltSteps(p);
        if (p.startsWith('re:')) { assert.equal(pre, undefined, p); continue; }
        assert.deepEqual(pre, phraseSteps(p), p);
        found++;
      }
    }
    assert.ok(found > 500, `only ${found} phrases`);
    assert.equal(prebuiltSteps('een zin die in geen enkele woordenlijst staat'), undefined);
    const sample: Step[] = phraseSteps('kiest|kiezen geen ~ @stellen budget* *regie');
    assert.equal(encodeSteps(sample), `akiest|kiezen lgeen g m${sample[3].text} pbudget sregie`);
    assert.equal(encodeSteps(phraseSteps('samen met de|onze? inwoners')), 'lsamen lmet Ade|onze linwoners');
  });

  it('the extension bundle leaves the core to dist/core.js, required on first use', function () {
    const ext = path.join(ROOT, 'dist/extension.js'), core = path.join(ROOT, 'dist/core.js');
    if (!fs.existsSync(ext) || !fs.existsSync(core)) this.skip();
    // The lexicon's tag classes are core data: in the core chunk, not in the activation bundle.
    const marker = 'VERB fin pres sing';
    assert.ok(fs.readFileSync(core, 'utf8').includes(marker));
    const extText = fs.readFileSync(ext, 'utf8');
    assert.ok(!extText.includes(marker));
    assert.ok(extText.includes('require("./core.js")'));
  });
});
