import * as fs from 'fs';
import * as path from 'path';

/**
 * The directory report URIs are relative to (SARIF's `%SRCROOT%`): the root of the Git work
 * tree that holds `p` (where code scanning resolves relative URIs), else the current directory.
 * @internal
 */
export function sourceRootOf(p: string): string {
  let dir = path.resolve(p);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    dir = path.dirname(dir);
  }
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return process.cwd();
  }
}
