/**
 * Settings and configuration: reads the `regiecheck.*` settings and merges them on top of the nearest
 * `.regiecheck.json` (found by the same loader the CLI uses, so editor and CLI agree).
 *
 * File configs are cached per folder because typing re-analyses every few hundred milliseconds; the cache is
 * cleared when a `.regiecheck.json` changes (see extension.ts) or when settings change.
 */
import * as vscode from 'vscode';
import * as path from 'path';
import type { RegiecheckConfig } from '../core';
import type { loadConfigFor } from '../node/config';
import { lazyCore } from './core';
import type { Locale, Severity } from '../core/types';

export const SECTION = 'regiecheck';
export const DOC_SCHEME = 'regiecheck-doc';

export type RunMode = 'onType' | 'onSave';
export type LocaleSetting = Locale | 'auto';

export interface ExtensionSettings {
  enable: boolean;
  run: RunMode;
  delay: number;
  rules: Record<string, 'off' | Severity>;
  phrases: Record<string, string[]>;
  allow: string[];
  maxFileSizeKB: number;
  languages: string[];
  locale: LocaleSetting;
  reportFormat: 'html' | 'markdown';
}

const DEFAULTS: ExtensionSettings = {
  enable: true, run: 'onType', delay: 400, rules: {}, phrases: {}, allow: [], maxFileSizeKB: 2048,
  languages: ['markdown', 'plaintext'], locale: 'nl', reportFormat: 'html',
};

/** The settings for a document (resource scope), falling back to defaults for malformed values. */
export function readSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const get = <K extends keyof ExtensionSettings>(k: K): ExtensionSettings[K] => {
    const v = c.get<ExtensionSettings[K]>(k);
    return v === undefined || v === null || typeof v !== typeof DEFAULTS[k] ? DEFAULTS[k] : v;
  };
  return {
    enable: get('enable'), run: get('run') === 'onSave' ? 'onSave' : 'onType',
    delay: Math.max(0, Math.min(10000, get('delay'))), rules: get('rules'), phrases: get('phrases'),
    allow: Array.isArray(c.get('allow')) ? get('allow') : [], maxFileSizeKB: Math.max(1, get('maxFileSizeKB')),
    languages: Array.isArray(c.get('languages')) ? get('languages') : DEFAULTS.languages,
    locale: (['nl', 'en', 'auto'] as const).includes(get('locale')) ? get('locale') : 'nl',
    reportFormat: get('reportFormat') === 'markdown' ? 'markdown' : 'html',
  };
}

/** The file a document stands for on disk: itself, or the .docx/.pdf behind a `regiecheck-doc:` view. */
export function sourcePath(uri: vscode.Uri): string | undefined {
  if (uri.scheme === 'file') return uri.fsPath;
  if (uri.scheme === DOC_SCHEME) return uri.path.replace(/\.md$/, '');
  return undefined;
}

export interface EffectiveConfig {
  config: RegiecheckConfig;
  /** The `.regiecheck.json` that applied, if any. */
  source?: string;
  errors: { file: string; message: string }[];
}

function isSetExplicitly(uri: vscode.Uri, key: keyof ExtensionSettings): boolean {
  const i = vscode.workspace.getConfiguration(SECTION, uri).inspect(key);
  return !!i && [i.globalValue, i.workspaceValue, i.workspaceFolderValue].some((v) => v !== undefined);
}

const fileConfigCache = new Map<string, ReturnType<typeof loadConfigFor>>();

/** Forget cached `.regiecheck.json` contents (after one changed on disk or was written by a quick fix). */
export function clearConfigCache(): void {
  fileConfigCache.clear();
}

/** File config (cached per folder) with the user's settings merged on top. */
export function effectiveConfig(uri: vscode.Uri, settings: ExtensionSettings): EffectiveConfig {
  const file = sourcePath(uri);
  let loaded: ReturnType<typeof loadConfigFor> = { config: {}, errors: [] };
  if (file) {
    const dir = path.dirname(file);
    const cached = fileConfigCache.get(dir);
    if (cached) loaded = cached;
    else {
      try {
        loaded = lazyCore().loadConfigFor(file);
      } catch (e) {
        loaded = { config: {}, errors: [{ file: dir, message: e instanceof Error ? e.message : String(e) }] };
      }
      fileConfigCache.set(dir, loaded);
    }
  }
  const fromSettings: RegiecheckConfig = {
    ...(Object.keys(settings.rules).length ? { rules: settings.rules } : {}),
    ...(Object.keys(settings.phrases).length ? { phrases: settings.phrases } : {}),
    ...(settings.allow.length ? { allow: settings.allow } : {}),
    // The built-in default must not override a size set in .regiecheck.json; only an explicit setting does.
    ...(isSetExplicitly(uri, 'maxFileSizeKB') ? { maxFileSizeKB: settings.maxFileSizeKB } : {}),
  };
  return { config: lazyCore().mergeConfig(loaded.config ?? {}, fromSettings), source: loaded.source, errors: loaded.errors ?? [] };
}
