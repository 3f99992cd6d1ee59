import { strict as assert } from 'assert';
import { parseBlocks } from '../../src/core/text/blocks';
import { splitSentences } from '../../src/core/text/sentences';
import { tokenize } from '../../src/core/text/tokens';
import { LineMap } from '../../src/core/text/lineMap';

const sentences = (text: string, format: 'markdown' | 'plaintext' = 'markdown'): string[] => {
  const p = parseBlocks(text, format);
  return p.blocks.flatMap((b) => splitSentences(p.masked, b.start, b.end).map((s) => p.masked.slice(s.start, s.end).replace(/\s+/g, ' ')));
};

describe('text engine: blocks', () => {
  it('finds headings, paragraphs, list items, table cells and quotes in Markdown', () => {
    const md = '# Titel\n\nEen alinea.\n\n- punt een\n- punt twee\n\n| a | b |\n|---|---|\n| c | d |\n\n> citaat\n';
    const p = parseBlocks(md, 'markdown');
    assert.deepEqual(p.blocks.map((b) => `${b.kind}:${md.slice(b.start, b.end)}`), [
      'heading:Titel', 'paragraph:Een alinea.', 'listItem:punt een', 'listItem:punt twee',
      'tableCell:a', 'tableCell:b', 'tableCell:c', 'tableCell:d', 'quote:citaat',
    ]);
    assert.equal(p.masked.length, md.length, 'the masked text keeps every offset');
  });

  it('skips front matter and fenced code, and masks inline markup without moving offsets', () => {
    const md = '---\ntitle: De regie\n---\n\n```\nregie in code\n```\n\nDe **gemeente** zorgt voor [een plan](http://x.nl).\n';
    const p = parseBlocks(md, 'markdown');
    assert.equal(p.blocks.length, 1);
    const b = p.blocks[0];
    assert.equal(p.masked.slice(b.start, b.end).replace(/\s+/g, ' '), 'De gemeente zorgt voor een plan .');
    assert.ok(!p.masked.includes('regie in code'));
    assert.ok(!p.masked.includes('http'));
  });

  it('reads disable comments in Markdown and plain text', () => {
    const md = parseBlocks('<!-- regiecheck-disable regie/hol geld/vaag -->\nTekst.\n\n<!-- regiecheck-disable-file -->\n', 'markdown');
    assert.deepEqual(md.directives.map((d) => [d.scope, d.rules]), [['next', ['regie/hol', 'geld/vaag']], ['file', []]]);
    const txt = parseBlocks('regiecheck-disable-file taal/voorbehoud\nTekst hier.\n', 'plaintext');
    assert.deepEqual(txt.directives.map((d) => [d.scope, d.rules]), [['file', ['taal/voorbehoud']]]);
    assert.equal(txt.blocks.length, 1, 'the directive line is not text');
  });

  it('recognises plain-text headings and numbered headings', () => {
    const t = '1. Inleiding\n\nDe gemeente coördineert de aanpak.\n\nArtikel 3 Taken van partijen\nPartijen dragen zorg voor de uitvoering.\n';
    const p = parseBlocks(t, 'plaintext');
    assert.deepEqual(p.blocks.map((b) => b.kind), ['heading', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('text engine: sentences', () => {
  it('does not split after Dutch abbreviations and initials', () => {
    assert.deepEqual(sentences('Contactpersoon is mr. A. Bakker. Zie art. 5 lid 2 van de Wmo 2015. Het kost o.a. geld.'), [
      'Contactpersoon is mr. A. Bakker.', 'Zie art. 5 lid 2 van de Wmo 2015.', 'Het kost o.a. geld.',
    ]);
  });
  it('splits after "may end" abbreviations only before a capital', () => {
    assert.deepEqual(sentences('De rapportage volgt z.s.m. Het college informeert de raad.'), ['De rapportage volgt z.s.m.', 'Het college informeert de raad.']);
    assert.deepEqual(sentences('Dit wordt z.s.m. vastgelegd.'), ['Dit wordt z.s.m. vastgelegd.']);
  });
  it('joins hard-wrapped lines and ends units at a colon line', () => {
    assert.deepEqual(sentences('Dit is een harde\nregelafbreking. Partijen spreken af:\neen tweede deel.'), ['Dit is een harde regelafbreking.', 'Partijen spreken af:', 'een tweede deel.']);
  });
  it('cuts very long unpunctuated text into bounded pieces', () => {
    const long = 'woord '.repeat(5000);
    const s = sentences(long);
    assert.ok(s.length >= 5);
    assert.ok(s.every((x) => x.length <= 4000));
  });
});

describe('text engine: tokens', () => {
  const toks = (s: string): string[] => tokenize(s).map((t) => t.text);
  it('keeps Dutch units whole', () => {
    assert.deepEqual(toks("Zo'n auto's in 's-Hertogenbosch"), ["Zo'n", "auto's", 'in', "'s-Hertogenbosch"]);
    assert.deepEqual(toks('€ 450.000,- en 2,4 mln. o.a. d.w.z. t/m'), ['€', '450.000,-', 'en', '2,4', 'mln.', 'o.a.', 'd.w.z.', 't/m']);
    assert.deepEqual(toks('Wmo-voorzieningen, Zorg- en Veiligheidshuis'), ['Wmo-voorzieningen', ',', 'Zorg-', 'en', 'Veiligheidshuis']);
    assert.deepEqual(toks('zie www.regio.nl/aanpak of mail info@ggd.nl.'), ['zie', 'www.regio.nl/aanpak', 'of', 'mail', 'info@ggd.nl', '.']);
  });
  it('gives exact UTF-16 offsets, also after emoji and combining marks', () => {
    const s = '👍 coördinatie e\u0301én regie';
    for (const t of tokenize(s)) assert.equal(s.slice(t.start, t.end), t.text);
    const regie = tokenize(s).find((t) => t.text === 'regie')!;
    assert.equal(regie.start, s.indexOf('regie'));
  });
});

describe('text engine: line map', () => {
  it('maps offsets exactly with LF, CRLF and CR', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const t = `een${nl}twee${nl}\tdrie 👍 x`;
      const m = new LineMap(t);
      assert.deepEqual(m.at(t.indexOf('twee')), { line: 2, column: 1 });
      assert.deepEqual(m.at(t.indexOf('drie')), { line: 3, column: 2 }, 'a tab is one column');
      assert.deepEqual(m.at(t.indexOf('x')), { line: 3, column: 10 }, 'an emoji is two UTF-16 columns');
      assert.equal(m.lineStart(3), t.indexOf('\tdrie'));
    }
  });
});
