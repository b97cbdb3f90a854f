/**
 * Point-biserial correlation between one item (right 1 / wrong 0) and each player's rest score
 * (their accuracy on the other items of the same pack, so the item does not correlate with
 * itself): near +1 the item separates strong players from weak ones; below 0 the strong get it
 * wrong more than the weak — a sign the item or its key is broken. Null when fewer than
 * MIN_PLAYERS answered it or when either side has no spread.
 */
export const MIN_PLAYERS = 5;

export function pointBiserial(pairs: readonly { right: boolean; rest: number }[]): number | null {
  if (pairs.length < MIN_PLAYERS) return null;
  const n = pairs.length;
  const right = pairs.filter((p) => p.right);
  const p = right.length / n;
  if (p === 0 || p === 1) return null;
  const mean = pairs.reduce((s, x) => s + x.rest, 0) / n;
  const sd = Math.sqrt(pairs.reduce((s, x) => s + (x.rest - mean) ** 2, 0) / n);
  if (sd === 0) return null;
  const meanRight = right.reduce((s, x) => s + x.rest, 0) / right.length;
  const wrong = pairs.filter((x) => !x.right);
  const meanWrong = wrong.reduce((s, x) => s + x.rest, 0) / wrong.length;
  return ((meanRight - meanWrong) / sd) * Math.sqrt(p * (1 - p));
}
