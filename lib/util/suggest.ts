/**
 * "Did you mean" support for error messages: the candidates closest to what
 * the user typed, by edit distance (case-insensitive).
 */

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length];
}

/**
 * Up to `max` candidates that are plausibly what `input` meant: a small edit
 * distance relative to the length, or one contains the other.
 */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.trim().toLowerCase();
  if (needle.length === 0) return [];
  const scored: Array<{ candidate: string; score: number }> = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const threshold = Math.max(2, Math.floor(Math.max(needle.length, hay.length) / 3));
    const contains = hay.includes(needle) || needle.includes(hay);
    if (distance <= threshold || contains) {
      scored.push({ candidate, score: contains ? Math.min(distance, 1) : distance });
    }
  }
  scored.sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
