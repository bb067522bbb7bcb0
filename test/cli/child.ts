/** Runs the transpiled CLI (./build.ts) as a child process. */
import { execFile } from 'child_process';
import * as path from 'path';
import { ROOT } from './build';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node <bin> ...args` in `cwd`; resolves with the exit code and output whatever the outcome. */
export function runCli(bin: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], {
      cwd,
      env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules'), ...env },
      maxBuffer: 64 * 1024 * 1024,
    }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}
