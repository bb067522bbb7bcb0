import { promises as fs } from 'fs';
import * as path from 'path';

/**
 * Write a file so that readers never see half of it: write a temporary file in the same
 * directory (same file system), then rename it over the target, which is atomic.
 * @internal
 */
export async function writeFileAtomic(file: string, contents: string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    await fs.writeFile(temp, contents, { encoding: 'utf8', flag: 'wx' });
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  }
}
