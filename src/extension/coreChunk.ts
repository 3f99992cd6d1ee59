/**
 * Everything of the core (and the report, review and compare code built on it) that the extension host uses: one
 * chunk, dist/core.js (esbuild.js), that `lazyCore()` (./core.ts) requires on first use. The analysis itself runs in
 * the worker thread (dist/analysisWorker.js); the host needs the core only for hover texts, the sidebar's labels, the
 * config merge, the commands and the in-thread fallback, so activation does not load it.
 */
export { RULES, getRule, ruleDocFile, mergeConfig, CHECKLIST_ITEMS, KEY_TITLES, openQuestions, analyze } from '../core';
export { loadConfigFor } from '../node/config';
export { createAnalyzerHost } from './worker/host';
export { renderDocumentReport, renderFolderReport } from '../report';
export { compareDrafts } from '../compare';
export { renderComparison } from '../compare/render';
export { isReviewError, makeReviewCopy } from '../review';
