/** The CLI's inputs (src/cli/files.ts) and ignore rules (src/cli/ignore.ts) in-process, on a temporary beleid/ tree. */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { comparePaths, expandInputs, type Expanded } from '../../src/cli/files';
import { loadIgnoreRules } from '../../src/cli/ignore';

const TREE = [
  'beleid/2025/nota.md', 'beleid/2025/bijlage.pdf', 'beleid/2026/nota.md', 'beleid/2026/plan.docx', 'beleid/2027/nota.md',
  'beleid/archief/oud.md', 'beleid/archief/besluit.md', 'beleid/concept/a.txt', 'beleid/a-b/x.md', 'beleid/a/x.md',
  'beleid/.concept/geheim.md', 'beleid/.verborgen.md', 'beleid/node_modules/pkg/readme.md', 'beleid/.git/info.md',
  'beleid/dist/kopie.md', 'beleid/out/kopie.md', 'beleid/data.json', 'beleid/NOTA.MD',
];

describe('CLI inputs: folders, globs, exclusions and ignore files', () => {
  let root = '';
  let cwd = '';
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-files-'));
    cwd = path.join(root, 'repo');
    for (const f of TREE) {
      fs.mkdirSync(path.dirname(path.join(cwd, f)), { recursive: true });
      fs.writeFileSync(path.join(cwd, f), 'De gemeente neemt de regie.\n');
    }
    fs.symlinkSync(path.join(cwd, 'beleid/2025'), path.join(cwd, 'beleid/link'));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const expand = (inputs: string[], patterns: string[] = [], useIgnore = true): Expanded =>
    expandInputs(inputs, { cwd, ignore: useIgnore ? loadIgnoreRules(cwd, patterns) : undefined });
  const writeIgnore = (dir: string, text: string | undefined): void => {
    const file = path.join(dir, '.regiecheckignore');
    if (text === undefined) fs.rmSync(file, { force: true });
    else fs.writeFileSync(file, text);
  };
  afterEach(() => { writeIgnore(cwd, undefined); writeIgnore(root, undefined); });

  it('walks a folder like before: supported extensions only; hidden, node_modules, .git, dist, out and links skipped; folder by folder', () => {
    const { files, errors } = expand(['beleid']);
    assert.deepEqual(errors, []);
    assert.deepEqual(files, [
      'beleid/2025/bijlage.pdf', 'beleid/2025/nota.md', 'beleid/2026/nota.md', 'beleid/2026/plan.docx', 'beleid/2027/nota.md',
      'beleid/a/x.md', 'beleid/a-b/x.md', 'beleid/archief/besluit.md', 'beleid/archief/oud.md', 'beleid/concept/a.txt', 'beleid/NOTA.MD',
    ].sort(comparePaths));
    assert.ok(files.indexOf('beleid/a/x.md') < files.indexOf('beleid/a-b/x.md'), 'a folder before a longer name that shares its start');
  });

  it('expands braces and character classes', () => {
    assert.deepEqual(expand(['beleid/{2025,2026}/*.md']).files, ['beleid/2025/nota.md', 'beleid/2026/nota.md']);
    assert.deepEqual(expand(['beleid/202[67]/*']).files, ['beleid/2026/nota.md', 'beleid/2026/plan.docx', 'beleid/2027/nota.md']);
    assert.deepEqual(expand(['beleid/**/*.{pdf,docx}']).files, ['beleid/2025/bijlage.pdf', 'beleid/2026/plan.docx']);
  });

  it('leaves dotfiles out of globs unless the pattern names them, and never enters node_modules unless named', () => {
    const all = expand(['beleid/**/*.md']).files;
    assert.ok(!all.some((f) => f.includes('/.')), all.join(', '));
    assert.ok(!all.some((f) => /node_modules|\/dist\/|\/out\//.test(f)), all.join(', '));
    assert.deepEqual(expand(['beleid/.concept/*.md']).files, ['beleid/.concept/geheim.md']);
    assert.deepEqual(expand(['beleid/node_modules/**/*.md']).files, ['beleid/node_modules/pkg/readme.md']);
  });

  it('a !glob removes what it matches from folders and globs, but not a file named explicitly', () => {
    const { files } = expand(['beleid', '!beleid/archief/**', '!**/*.pdf']);
    assert.ok(!files.some((f) => f.includes('archief') || f.endsWith('.pdf')), files.join(', '));
    assert.ok(files.includes('beleid/2025/nota.md'));
    const named = expand(['beleid/archief/oud.md', 'beleid/2025', '!beleid/archief/**', '!beleid/2025/*.pdf']);
    assert.deepEqual(named.files, ['beleid/archief/oud.md', 'beleid/2025/nota.md']);
  });

  it('when !globs remove everything, or a glob finds nothing, or a path does not exist: an error each', () => {
    assert.match(expand(['beleid/2027', '!beleid/**']).errors.join('\n'), /alle gevonden bestanden vallen weg door !beleid\/\*\*/);
    assert.deepEqual(expand(['beleid/2030/*.md']).errors, ['beleid/2030/*.md: geen bestanden gevonden die hierop passen']);
    assert.deepEqual(expand(['beleid/2030']).errors, ['beleid/2030: bestand of map bestaat niet']);
    assert.match(expand(['x.md', '!']).errors.join('\n'), /een uitsluiting heeft een patroon nodig/);
    assert.deepEqual(expandInputs(['beleid/2030'], { cwd, locale: 'en' }).errors, ['beleid/2030: no such file or folder']);
  });

  it('.regiecheckignore (gitignore syntax) leaves out files from folders and globs', () => {
    writeIgnore(cwd, '# oud werk\nbeleid/archief/\n*.pdf\n');
    const { files, errors, notices } = expand(['beleid']);
    assert.deepEqual(errors, []);
    assert.deepEqual(notices, []);
    assert.ok(!files.some((f) => f.includes('archief') || f.endsWith('.pdf')), files.join(', '));
    assert.deepEqual(expand(['beleid/2025/*']).files, ['beleid/2025/nota.md']);
  });

  it('is looked up from the working folder upwards; its patterns are relative to its own folder', () => {
    writeIgnore(root, 'repo/beleid/concept/\n2026/\n');
    const { files } = expand(['beleid']);
    assert.ok(!files.some((f) => f.includes('concept') || f.includes('2026')), files.join(', '));
    writeIgnore(cwd, 'beleid/2025/\n');
    const nearest = expand(['beleid']).files;
    assert.ok(!nearest.some((f) => f.includes('2025')), 'the nearest one applies');
    assert.ok(nearest.some((f) => f.includes('concept')), 'and only that one');
  });

  it('--ignore-pattern adds patterns relative to the working folder, after the ignore file: a matching one decides', () => {
    writeIgnore(cwd, 'beleid/archief/**\n');
    const { files } = expand(['beleid'], ['beleid/concept/', '!beleid/archief/besluit.md']);
    assert.ok(!files.some((f) => f.includes('concept')), 'the pattern leaves concept/ out');
    assert.ok(files.includes('beleid/archief/besluit.md'), 'a negated pattern takes a file back from the ignore file');
    assert.ok(!files.includes('beleid/archief/oud.md'), 'the rest of the ignore file still holds');
    // Within the ignore file itself, git's rule: a file under a folder excluded as a folder cannot come back.
    writeIgnore(cwd, 'beleid/archief/\n!beleid/archief/besluit.md\n');
    assert.ok(!expand(['beleid']).files.some((f) => f.includes('archief')));
  });

  it('a file named explicitly is read anyway, with a notice naming the rule; --no-ignore switches both off', () => {
    writeIgnore(cwd, 'beleid/archief/\n');
    const r = expand(['beleid/archief/oud.md', 'beleid/concept/a.txt'], ['beleid/concept/*.txt']);
    assert.deepEqual(r.files, ['beleid/archief/oud.md', 'beleid/concept/a.txt']);
    assert.deepEqual(r.notices, [
      'beleid/archief/oud.md: wordt genegeerd (.regiecheckignore: beleid/archief/), maar is met name genoemd en wordt dus toch gelezen',
      'beleid/concept/a.txt: wordt genegeerd (--ignore-pattern beleid/concept/*.txt), maar is met name genoemd en wordt dus toch gelezen',
    ]);
    const off = expand(['beleid', 'beleid/archief/oud.md'], ['beleid/concept/'], false);
    assert.deepEqual(off.notices, []);
    assert.ok(off.files.some((f) => f.includes('archief')) && off.files.some((f) => f.includes('concept')));
  });

  it('a folder or glob whose files are all ignored is an error that says so', () => {
    writeIgnore(cwd, 'beleid/archief/\n');
    assert.deepEqual(expand(['beleid/archief']).errors, ['beleid/archief: alle 2 gevonden bestanden worden genegeerd (.regiecheckignore: beleid/archief/, …); --no-ignore leest ze toch']);
    assert.match(expand(['beleid/archief/oud*']).errors[0], /het enige gevonden bestand wordt genegeerd/);
  });

  it('de-duplicates a file reached twice, keeping the first form', () => {
    assert.deepEqual(expand(['beleid/2027/nota.md', 'beleid/2027', './beleid/2027/*.md']).files, ['beleid/2027/nota.md']);
  });
});
