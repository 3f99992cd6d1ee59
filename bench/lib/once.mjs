// One cache-cold analysis in this process (for instruction counting under valgrind): warm on an unrelated text as
// inproc.mjs coldOnce does, then analyze FILE once. Usage: node once.mjs <core-bundle.cjs> FILE [warmOnly]
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { prng } from './gen.mjs';
const require = createRequire(import.meta.url);
const [bundlePath, file, warmOnly] = process.argv.slice(2);
const core = require(bundlePath);
const text = fs.readFileSync(file, 'utf8');
const format = /\.txt$/.test(file) ? 'plaintext' : 'markdown';
const rnd = prng(99);
const words = ['het', 'college', 'stelt', 'voor', 'de', 'raad', 'besluit', 'over', 'een', 'plan', 'met', 'bewoners', 'scholen',
  'zorg', 'werk', 'wonen', 'in', 'wijk', 'jaar', 'geld', 'team', 'provincie', 'rijk', 'samen', 'doel', 'resultaat'];
const warm = Array.from({ length: 3000 }, (_, i) => words[Math.floor(rnd() * words.length)] + (i % 12 === 11 ? '.\n\n' : ' ')).join('');
for (let i = 0; i < 3; i++) core.analyze(warm + i, { format });
if (!warmOnly) console.log(core.analyze(text, { file, format }).findings.length);
