import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, type DatabaseHandle, type Engine } from '../server/db/connect';
import { migrateToLatest } from '../server/db/migrate';
import { type DemoClinic, type DemoClinicSize, generateDemoClinic, insertDemoClinic } from '../server/seed/demo-clinic';

/** 5 supervisors × 10 therapists × 100 clients: 5,000 clients across 50 therapists, one admin. */
export const BENCH_CLINIC_SIZE: DemoClinicSize = {
  supervisors: 5,
  therapistsPerSupervisor: 10,
  clientsPerTherapist: { min: 100, max: 100 },
};

/**
 * Throw-away storage for one benchmark run: a SQLite file in a temporary folder, or a fresh schema
 * in the PostgreSQL database named by a postgres:// URL. `dispose()` removes it (the folder, or
 * `drop schema … cascade`); call it after every server using it has stopped.
 */
export interface BenchDatabase {
  readonly engine: Engine;
  /** What the app server connects to. */
  readonly url: string;
  /** PostgreSQL only: the schema the app server must use. */
  readonly schema: string | undefined;
  /** For the report, without credentials. */
  readonly description: string;
  dispose(): Promise<void>;
}

export async function createBenchDatabase(postgresUrl: string | null): Promise<BenchDatabase> {
  return postgresUrl ? createPostgresSchema(postgresUrl) : createSqliteFile();
}

function createSqliteFile(): BenchDatabase {
  const directory = mkdtempSync(join(tmpdir(), 'carecircle-bench-'));
  return {
    engine: 'sqlite',
    url: `sqlite:${join(directory, 'bench.db')}`,
    schema: undefined,
    description: 'SQLite (temporary file)',
    dispose: async () => rmSync(directory, { recursive: true, force: true }),
  };
}

async function createPostgresSchema(url: string): Promise<BenchDatabase> {
  const schema = `bench_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withConnection(url, (admin) => sql`create schema ${sql.id(schema)}`.execute(admin.db));
  return {
    engine: 'postgres',
    url,
    schema,
    description: `PostgreSQL (schema ${schema} on ${hostOf(url)})`,
    dispose: () => withConnection(url, (admin) => sql`drop schema if exists ${sql.id(schema)} cascade`.execute(admin.db)),
  };
}

/** Migrates the benchmark database and seeds the generated clinic into it. */
export async function migrateAndSeed(database: BenchDatabase, size: DemoClinicSize = BENCH_CLINIC_SIZE): Promise<DemoClinic> {
  const handle = connectDatabase(database.url, database.schema ? { schema: database.schema, poolSize: 2 } : {});
  try {
    await migrateToLatest(handle.db, database.schema);
    const clinic = await generateDemoClinic(size);
    await insertDemoClinic(handle.db, clinic);
    return clinic;
  } finally {
    await handle.close();
  }
}

async function withConnection(url: string, work: (handle: DatabaseHandle) => Promise<unknown>): Promise<void> {
  const handle = connectDatabase(url, { poolSize: 1 });
  try {
    await work(handle);
  } finally {
    await handle.close();
  }
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'the given server';
  }
}
