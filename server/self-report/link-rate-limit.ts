/**
 * A fixed-window counter per key, in this process's memory. Self-report links are few and short-
 * lived; a restart forgetting the counts costs an attacker nothing they could not get from waiting
 * a window, and a 256-bit token cannot be guessed anyway. The limit stops scripted hammering of
 * one link and scanning from one address.
 */
export class WindowedRateLimit {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one hit; false once the key has used up its window. */
  allow(key: string, nowMs: number): boolean {
    this.forgetOld(nowMs);
    const entry = this.hits.get(key);
    if (!entry || nowMs - entry.windowStart >= this.windowMs) {
      this.hits.set(key, { windowStart: nowMs, count: 1 });
      return true;
    }
    entry.count += 1;
    return entry.count <= this.limit;
  }

  /** Keeps the map small: drops finished windows once it grows. */
  private forgetOld(nowMs: number): void {
    if (this.hits.size < 10_000) {
      return;
    }
    for (const [key, entry] of this.hits) {
      if (nowMs - entry.windowStart >= this.windowMs) {
        this.hits.delete(key);
      }
    }
  }
}

/** Requests a link, and an address, may make per window (reads and submissions together). */
export const LINK_RATE_LIMITS = {
  perToken: 30,
  perAddress: 120,
  windowMs: 15 * 60 * 1000,
} as const;
