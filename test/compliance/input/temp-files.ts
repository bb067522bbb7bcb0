/** A fresh temporary directory per test, and a writer of files into it. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface TempFiles {
  /** The current test's directory. */
  dir(): string;
  /** Write files (relative path → content) under the directory; returns the directory. */
  files(spec: Record<string, string>): string;
}

/** Registers beforeEach/afterEach hooks in the calling test file. */
export function tempFiles(prefix: string): TempFiles {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  return {
    dir: () => tmp,
    files(spec) {
      for (const [rel, content] of Object.entries(spec)) {
        const p = path.join(tmp, rel);
        fs.mkdirSync(path.dirname(p), { recursive: true });
        fs.writeFileSync(p, content);
      }
      return tmp;
    },
  };
}
