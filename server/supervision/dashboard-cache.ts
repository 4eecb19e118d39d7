import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const MAX_ENTRIES = 500;

interface Entry {
  readonly value: unknown;
  readonly storedAt: number;
  readonly generation: number;
}

/**
 * Per-user cache of dashboard answers: at most `DASHBOARD_CACHE_SECONDS` (a minute) old, and dropped by any successful write
 * in this instance (the write generation moves on). Another instance's writes show within the
 * minute, which is the bound the dashboard promises.
 */
export class DashboardCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(
    private readonly now: () => Date,
    private readonly maxAgeSeconds: number,
  ) {}

  recordWrite(): void {
    this.generation++;
  }

  /**
   * Taken before an answer is computed and handed to `set`: its queries run on read workers while
   * this thread serves other requests, so a write may land in the middle, and an answer begun before
   * it must not be kept as if computed after it.
   */
  stamp(): number {
    return this.generation;
  }

  get<T>(userId: string, key: string): T | undefined {
    const entry = this.entries.get(`${userId} ${key}`);
    if (!entry || entry.generation !== this.generation || this.now().getTime() - entry.storedAt > this.maxAgeSeconds * 1000) {
      return undefined;
    }
    return entry.value as T;
  }

  set(userId: string, key: string, value: unknown, stamp: number): void {
    if (this.maxAgeSeconds === 0 || stamp !== this.generation) {
      return;
    }
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first: a Map iterates in insertion order.
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(`${userId} ${key}`, { value, storedAt: this.now().getTime(), generation: this.generation });
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    readonly dashboardCache: DashboardCache;
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const dashboardCache = fp(async (app: FastifyInstance) => {
  const cache = new DashboardCache(app.config.now, app.config.dashboardCacheSeconds);
  app.decorate('dashboardCache', cache);
  app.addHook('onResponse', async (request, reply) => {
    if (WRITE_METHODS.has(request.method) && reply.statusCode < 400) {
      cache.recordWrite();
    }
  });
});
