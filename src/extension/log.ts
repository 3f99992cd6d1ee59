/** The "Regiecheck" output channel: timings and errors, so a user can see why nothing shows up. */
import * as vscode from 'vscode';

let channel: vscode.LogOutputChannel | undefined;

export function initLog(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel('Regiecheck', { log: true });
  return channel;
}

/** Tests set REGIECHECK_LOG_CONSOLE=1 so the extension's log lines show up in the test output. */
const toConsole = !!process.env.REGIECHECK_LOG_CONSOLE;

export function log(message: string): void {
  channel?.info(message);
  if (toConsole) console.log(`[regiecheck] ${message}`);
}

export function logError(message: string, e: unknown): void {
  const line = `${message}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
  channel?.error(line);
  if (toConsole) console.error(`[regiecheck] ${line}`);
}

/** Runs an event handler and logs instead of throwing: a failing handler must never break the host. */
export function guard<A extends unknown[]>(name: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const r = fn(...args);
      if (r instanceof Promise) r.catch((e: unknown) => logError(name, e));
    } catch (e) {
      logError(name, e);
    }
  };
}
