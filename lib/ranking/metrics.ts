// Agreement measures between an estimated ranking and a known truth (benches and tests).

/** Rank (1 = best) of every id by score descending; ties broken by id so results are stable. */
export function ranksOf(scores: Map<string, number>): Map<string, number> {
  const ids = [...scores.keys()].sort((a, b) => scores.get(b)! - scores.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  return new Map(ids.map((id, i) => [id, i + 1]));
}

/** Kendall's tau-b between two score maps over their common ids (O(n^2); fine for benches). */
export function kendallTau(a: Map<string, number>, b: Map<string, number>): number {
  const ids = [...a.keys()].filter((id) => b.has(id));
  const x = ids.map((id) => a.get(id)!);
  const y = ids.map((id) => b.get(id)!);
  let concordant = 0;
  let discordant = 0;
  let tiesX = 0;
  let tiesY = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const dx = Math.sign(x[i] - x[j]);
      const dy = Math.sign(y[i] - y[j]);
      if (dx === 0 && dy === 0) continue;
      if (dx === 0) tiesX++;
      else if (dy === 0) tiesY++;
      else if (dx === dy) concordant++;
      else discordant++;
    }
  }
  const denom = Math.sqrt((concordant + discordant + tiesX) * (concordant + discordant + tiesY));
  return denom ? (concordant - discordant) / denom : 0;
}

/** Share of the true top `fraction` that the estimate also puts in its top `fraction`. */
export function precisionAtTop(estimate: Map<string, number>, truth: Map<string, number>, fraction: number): number {
  const k = Math.max(1, Math.round(truth.size * fraction));
  const top = (m: Map<string, number>) => new Set([...ranksOf(m)].filter(([, r]) => r <= k).map(([id]) => id));
  const est = top(estimate);
  let hit = 0;
  for (const id of top(truth)) if (est.has(id)) hit++;
  return hit / k;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
