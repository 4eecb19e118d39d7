import { type Kysely, PostgresAdapter } from 'kysely';
import type { Engine } from './connect';

/**
 * The one place that asks which engine a Kysely instance talks to, for the few statements that
 * must differ (triggers). Feature code never asks.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
