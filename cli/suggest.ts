// "Did you mean …?" for a mistyped command or option: the known name fewest typing slips away from what was typed.

/**
 * The fewest single-character insertions, deletions, substitutions and swaps of two neighbours that turn `a` into `b`
 * (optimal string alignment distance): `staus` is 1 from `status`, `fromat` 1 from `format`.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i characters of a and the first j of b.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known name `typed` most likely meant, ignoring case, or undefined when none is close: at most one slip per three
 * characters typed (at least one), so `xyz` suggests nothing rather than a guess. Ties go to the earlier name.
 */
export function closestName(typed: string, names: readonly string[]): string | undefined {
  const allowed = Math.max(1, Math.floor(typed.replace(/^-+/, '').length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (distance <= allowed && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
