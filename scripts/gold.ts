/**
 * What the blind gold sets' scripts share (scripts/eval-units.ts, eval-regie.ts, eval-goals.ts; docs/fresh-sets.md):
 * reading the labels of one or more labellers (an item labelled twice counts once, and gives the agreement), the split
 * into a tune and a check half by text, and a percentage.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../src/core';
import type { AnalysisResult } from '../src/core/types';

/** The labels by id (the first labeller's where two labelled an item) and the agreement on `field` where both did. */
export function readLabels<L extends { id: string }>(files: readonly string[], field: keyof L): { gold: Map<string, L>; overlap: number; agree: number } {
  const gold = new Map<string, L>();
  let overlap = 0, agree = 0;
  for (const f of files) {
    for (const l of JSON.parse(fs.readFileSync(f, 'utf8')) as L[]) {
      const first = gold.get(l.id);
      if (!first) { gold.set(l.id, l); continue; }
      overlap++;
      if (first[field] === l[field]) agree++;
    }
  }
  return { gold, overlap, agree };
}

/** The half of an item, by a hash of its text's path: all items of one text fall in one half. */
export function half(file: string): 'tune' | 'check' {
  let h = 0;
  for (const c of file) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % 2 ? 'check' : 'tune';
}

export const pct = (a: number, b: number): string => (b ? `${(100 * a / b).toFixed(1)} %` : '–');

/** Command-line arguments: the files, and the value of `--show` if given. */
export function goldArgs(usage: string): { files: string[]; show: string } {
  const args = process.argv.slice(2);
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : '';
  const files = args.filter((a, k) => a !== '--show' && args[k - 1] !== '--show');
  if (files.length < 2) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return { files, show };
}

const analysed = new Map<string, AnalysisResult>();

/** The analysis of an item's text (a path under `root` or absolute), once per text. */
export function analysisOf(root: string, file: string): AnalysisResult {
  const f = path.isAbsolute(file) ? file : path.join(root, file);
  let r = analysed.get(f);
  if (!r) analysed.set(f, (r = analyze(fs.readFileSync(f, 'utf8'), { file: f })));
  return r;
}

/** Whether a finding of `rule` lies in [start, end) of the analysis. */
export const flaggedIn = (r: AnalysisResult, rule: string, start: number, end: number): boolean =>
  r.findings.some((f) => f.rule === rule && f.start < end && f.end > start);
