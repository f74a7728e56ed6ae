/**
 * Seeded pseudo-random numbers. The replica's data and fault decisions must repeat exactly for a
 * given seed, so nothing here touches Math.random.
 */

/** A PRNG returning floats in [0, 1). */
export type Random = () => number;

/**
 * mulberry32: 32-bit state, fast, good enough for test data (not for cryptography).
 * @example const r = mulberry32(1); r(); // 0.6270739405881613
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max] inclusive. */
export function intBetween(r: Random, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(r: Random, list: readonly T[]): T {
  const item = list[Math.floor(r() * list.length)];
  if (item === undefined) throw new Error("pick() from an empty list");
  return item;
}

/** Element chosen with the given weights (same length as list). */
export function pickWeighted<T>(r: Random, list: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < list.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return list[i] as T;
  }
  return list[list.length - 1] as T;
}

const DAY = 86_400_000;
const FIRST_YEAR = 1900;
/** Every day from 1900 to 2030 as yyyy-mm-dd, built once: generation draws hundreds of thousands. */
let days: string[] | undefined;
function allDays(): string[] {
  if (!days) {
    days = [];
    for (let t = Date.UTC(FIRST_YEAR, 0, 1); t < Date.UTC(2031, 0, 1); t += DAY)
      days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** ISO date (yyyy-mm-dd) uniformly between 1 January of `fromYear` and 30 December of `toYear`. */
export function dateBetween(r: Random, fromYear: number, toYear: number): string {
  const start = (Date.UTC(fromYear, 0, 1) - Date.UTC(FIRST_YEAR, 0, 1)) / DAY;
  const end = (Date.UTC(toYear, 11, 31) - Date.UTC(FIRST_YEAR, 0, 1)) / DAY;
  return allDays()[start + Math.floor(r() * (end - start))] as string;
}
