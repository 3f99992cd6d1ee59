// Writes the generated benchmark documents (bench/.cache/generated-100k.txt, generated-20k.md) exactly as
// bench/run.mjs does, without running anything else (for same-results and the interleaved throughput script).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPool, generateDocument } from './gen.mjs';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cache = path.join(repo, 'bench', '.cache');
fs.mkdirSync(cache, { recursive: true });
const pool = loadPool(repo);
if (!pool) { console.error('no seed texts'); process.exit(1); }
fs.writeFileSync(path.join(cache, 'generated-100k.txt'), generateDocument(pool, 100_000, 1));
fs.writeFileSync(path.join(cache, 'generated-20k.md'), generateDocument(pool, 20_000, 2));
console.log('written');
