import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Removes `dir` when this process exits, however it exits (benchmarks leave nothing in the temp directory). */
export function removeOnExit(dir: string): string {
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  if (!signalsHandled) {
    signalsHandled = true;
    // Interrupted (Ctrl-C, a timeout's SIGTERM): exit normally so that the 'exit' handlers run.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  }
  return dir;
}

let signalsHandled = false;

/** A fresh temporary directory, removed when this process exits. */
export function tempDir(prefix: string): string {
  return removeOnExit(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}
