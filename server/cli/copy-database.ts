import { parseArgs } from 'node:util';
import { connectDatabase } from '../db/connect';
import { copyDatabase } from '../db/copy-database';
import { migrateToLatest } from '../db/migrate';

/**
 * `npm run db:copy -- --from sqlite:./data/carecircle.db --to postgres://user@host:5432/carecircle`
 * Copies a whole clinic into an empty database of either engine (migrating it first) and verifies
 * row counts and a checksum per table. Stop the server during the copy.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    throw new Error('Usage: npm run db:copy -- --from <DATABASE_URL> --to <DATABASE_URL>');
  }
  const source = connectDatabase(values.from);
  const target = connectDatabase(values.to);
  try {
    await migrateToLatest(source.db);
    await migrateToLatest(target.db);
    const tables = await copyDatabase(source.db, target.db);
    process.stdout.write(`Copied ${source.engine} → ${target.engine}; verified:\n`);
    for (const table of tables) {
      process.stdout.write(`  ${table.table.padEnd(26)} ${String(table.rows).padStart(8)} rows  sha256 ${table.checksum}\n`);
    }
  } finally {
    await source.close();
    await target.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Copy failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
