import type { SeededRandom } from '../store/seeded-random';

/** A standard normal draw (Box–Muller). */
export function normal(random: SeededRandom): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/**
 * A log-normal duration: half the draws under `median`, and a long tail (sigma 1.5 takes about
 * one in ten past 7× the median): how response and resolution times are spread at a help desk.
 */
export function logNormal(random: SeededRandom, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(random));
}

export function weighted<T>(random: SeededRandom, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let r = random.next() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  return choices[choices.length - 1][0];
}

/**
 * Chooses exactly `wanted` of `items` (selection sampling, Knuth's algorithm S): each has the same
 * chance, and the count is exact, as the figures (20,000 CSAT responses) ask.
 */
export function chooseExactly<T>(random: SeededRandom, items: T[], wanted: number): T[] {
  const chosen: T[] = [];
  let need = Math.min(wanted, items.length);
  for (let i = 0; i < items.length && need > 0; i++) {
    if (random.next() * (items.length - i) < need) {
      chosen.push(items[i]);
      need--;
    }
  }
  return chosen;
}

/** Splits `total` over `weights` in whole numbers that add up exactly (largest remainders first). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k++, left--) shares[byRemainder[k % byRemainder.length][1]]++;
  return shares;
}
