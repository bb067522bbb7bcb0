import { SovereignError } from '../../lib/errors';

/** The error `fn` throws, checked to be a SovereignError with `code`. */
export function errorOf(fn: () => unknown, code: string): SovereignError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (!(caught instanceof SovereignError)) throw new Error(`expected SovereignError ${code}, got ${caught === undefined ? 'no error' : String(caught)}`);
  if (caught.code !== code) throw new Error(`expected code ${code}, got ${caught.code}: ${caught.message}`);
  return caught;
}
