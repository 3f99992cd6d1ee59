// Self and inclusive time per function (name:line) of a V8 .cpuprofile. Usage: node profsum.mjs FILE [top]
import fs from 'node:fs';
import { summarise } from './cold.mjs';
const [file, topArg] = process.argv.slice(2);
const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(summarise(prof, Number(topArg ?? 25), true));
