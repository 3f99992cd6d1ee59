'use strict';
// Writes ONLY the extension's keys of package.json (contributes, activationEvents, capabilities, …, and the
// scripts test:e2e / package / e2e:setup), leaving every other key exactly as another engineer left it.
// Run after changing the manifest below: `node test/e2e/manifest.js`. A test checks package.json matches.
const fs = require('fs');
const path = require('path');

const RULE_IDS = ['regie/hol', 'regie/horizontaal', 'regie/eenzijdig', 'eigenaar/passief', 'eigenaar/diffuus',
  'eigenaar/samenwerken', 'afnemer/ontbreekt', 'doel/vaag', 'geld/vaag', 'geld/ontbreekt', 'zwitsers/vaag',
  'taal/voorbehoud', 'taal/toverwoord', 'taal/overleg', 'planb/ontbreekt'];
const SEVERITY = { type: 'string', enum: ['off', 'error', 'warning', 'info', 'hint'] };
const COMMANDS = [
  ['regiecheck.analyse', '%command.analyse%', '$(checklist)'],
  ['regiecheck.openReport', '%command.openReport%', '$(output)'],
  ['regiecheck.analyseFolder', '%command.analyseFolder%', '$(folder)'],
  ['regiecheck.showRuleDocs', '%command.showRuleDocs%', '$(book)'],
  ['regiecheck.enable', '%command.enable%'],
  ['regiecheck.disable', '%command.disable%'],
  ['regiecheck.resetHidden', '%command.resetHidden%', '$(eye)'],
  ['regiecheck.openSidebar', '%command.openSidebar%', '$(preview)'],
  ['regiecheck.openExtracted', '%command.openExtracted%', '$(file-text)'],
  ['regiecheck.reviewCopy', '%command.reviewCopy%', '$(comment-discussion)'],
  ['regiecheck.compareWithPrevious', '%command.compareWithPrevious%', '$(diff)'],
];
const DOC_WHEN = 'editorLangId == markdown || editorLangId == plaintext || resourceScheme == regiecheck-doc';

const manifest = {
  icon: 'media/icon.png',
  categories: ['Linters', 'Other'],
  galleryBanner: { color: '#1f3b57', theme: 'dark' },
  l10n: './l10n',
  activationEvents: ['onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:**/.regiecheck.json'],
  capabilities: {
    untrustedWorkspaces: { supported: true, description: '%capabilities.untrusted%' },
    virtualWorkspaces: { supported: true, description: '%capabilities.virtual%' },
  },
  contributes: {
    commands: COMMANDS.map(([command, title, icon]) => ({ command, title, category: 'Regiecheck', ...(icon ? { icon } : {}) })),
    menus: {
      commandPalette: [
        { command: 'regiecheck.enable', when: '!config.regiecheck.enable' },
        { command: 'regiecheck.disable', when: 'config.regiecheck.enable' },
        { command: 'regiecheck.openReport', when: DOC_WHEN },
        { command: 'regiecheck.analyseFolder', when: 'workbenchState != empty' },
        { command: 'regiecheck.reviewCopy', when: DOC_WHEN },
        { command: 'regiecheck.compareWithPrevious', when: DOC_WHEN },
      ],
      'view/title': [
        { command: 'regiecheck.analyse', when: 'view == regiecheck.sidebar', group: 'navigation@1' },
        { command: 'regiecheck.openReport', when: 'view == regiecheck.sidebar', group: 'navigation@2' },
        { command: 'regiecheck.showRuleDocs', when: 'view == regiecheck.sidebar', group: 'navigation@3' },
      ],
      'explorer/context': [
        { command: 'regiecheck.openExtracted', when: 'resourceExtname =~ /^\\.(docx|pdf)$/i', group: 'navigation@90' },
        { command: 'regiecheck.analyseFolder', when: 'explorerResourceIsFolder', group: '7_modification@90' },
        { command: 'regiecheck.reviewCopy', when: 'resourceExtname =~ /^\\.(docx|md|markdown|txt|text)$/i', group: 'navigation@91' },
      ],
      'editor/title': [
        { command: 'regiecheck.openSidebar', when: `config.regiecheck.enable && (${DOC_WHEN})`, group: 'navigation' },
      ],
    },
    viewsContainers: {
      activitybar: [{ id: 'regiecheck', title: '%view.container%', icon: 'media/regiecheck.svg' }],
    },
    views: {
      regiecheck: [{ type: 'webview', id: 'regiecheck.sidebar', name: '%view.sidebar%', icon: 'media/regiecheck.svg' }],
    },
    configuration: {
      title: 'Regiecheck',
      properties: {
        'regiecheck.enable': { type: 'boolean', default: true, scope: 'resource', markdownDescription: '%config.enable%' },
        'regiecheck.run': { type: 'string', enum: ['onType', 'onSave'], default: 'onType', scope: 'resource',
          markdownDescription: '%config.run%', enumDescriptions: ['%config.run.onType%', '%config.run.onSave%'] },
        'regiecheck.delay': { type: 'number', default: 400, minimum: 0, maximum: 10000, scope: 'resource', markdownDescription: '%config.delay%' },
        'regiecheck.rules': { type: 'object', default: {}, scope: 'resource', markdownDescription: '%config.rules%',
          properties: Object.fromEntries(RULE_IDS.map((id) => [id, SEVERITY])), additionalProperties: SEVERITY },
        'regiecheck.phrases': { type: 'object', default: {}, scope: 'resource', markdownDescription: '%config.phrases%',
          additionalProperties: { type: 'array', items: { type: 'string' } } },
        'regiecheck.allow': { type: 'array', default: [], items: { type: 'string' }, scope: 'resource', markdownDescription: '%config.allow%' },
        'regiecheck.maxFileSizeKB': { type: 'number', default: 2048, minimum: 1, scope: 'resource', markdownDescription: '%config.maxFileSizeKB%' },
        'regiecheck.languages': { type: 'array', default: ['markdown', 'plaintext'], items: { type: 'string' },
          scope: 'window', markdownDescription: '%config.languages%' },
        'regiecheck.locale': { type: 'string', enum: ['nl', 'en', 'auto'], default: 'nl', scope: 'window',
          markdownDescription: '%config.locale%', enumDescriptions: ['%config.locale.nl%', '%config.locale.en%', '%config.locale.auto%'] },
        'regiecheck.reportFormat': { type: 'string', enum: ['html', 'markdown'], default: 'html', scope: 'window', markdownDescription: '%config.reportFormat%' },
      },
    },
    customEditors: [{ viewType: 'regiecheck.documentPreview', displayName: '%customEditor.preview%',
      selector: [{ filenamePattern: '*.docx' }, { filenamePattern: '*.pdf' }], priority: 'default' }],
    jsonValidation: [{ fileMatch: '.regiecheck.json', url: './schemas/regiecheck.schema.json' }],
    grammars: [
      { scopeName: 'regiecheck.directive.markdown', path: './syntaxes/regiecheck-markdown.tmLanguage.json', injectTo: ['text.html.markdown'] },
      { scopeName: 'regiecheck.directive.plaintext', path: './syntaxes/regiecheck-plaintext.tmLanguage.json', injectTo: ['text.plain'] },
    ],
  },
};

const SCRIPTS = {
  'e2e:setup': 'bash test/e2e/setup.sh',
  'test:e2e': 'node test/e2e/run.js',
  package: 'node esbuild.js --production && vsce package --no-dependencies --allow-missing-repository --skip-license --no-rewrite-relative-links --out dist/regiecheck.vsix',
};

function apply(pkg) {
  const out = { ...pkg };
  for (const [k, v] of Object.entries(manifest)) out[k] = v;
  out.scripts = { ...pkg.scripts, ...SCRIPTS };
  return out;
}

module.exports = { manifest, SCRIPTS, RULE_IDS, apply };

if (require.main === module) {
  const file = path.join(__dirname, '../../package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, JSON.stringify(apply(pkg), null, 2) + '\n');
  console.log('package.json: extension keys written');
}
