import { countAccounts, hasDemoAccounts, listDemoLogins } from './accounts/accounts.repository';
import { buildApp } from './app';
import { loadConfig } from './config';
import { connectDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { recomputeFlagsIfNormsMoved } from './measures/measure-status';
import { DEMO_PASSWORD, generateDemoClinic, insertDemoClinic } from './seed/demo-clinic';

/** Reads configuration, opens and migrates the database, seeds a demo clinic if asked, listens. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = connectDatabase(config.databaseUrl, { poolSize: config.databasePoolSize, readWorkers: config.readWorkers });
  await migrateToLatest(database.db);
  await recomputeFlagsIfNormsMoved(database.db);

  const app = await buildApp(config, database);
  let demoLogins: string[] = [];
  if ((await countAccounts(database.db)) === 0) {
    if (config.seedDemoClinic) {
      const clinic = await generateDemoClinic();
      await insertDemoClinic(database.db, clinic);
      demoLogins = clinic.logins.map(bannerLine);
      app.log.info('seeded the demo clinic into an empty database');
    } else {
      app.log.warn('no accounts yet: create the first administrator with `npm run create-admin`');
    }
  }

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // Stop accepting, let in-flight requests end, then drain the pool / close the file.
    const forceExit = setTimeout(() => process.exit(1), 10_000).unref();
    await app.close();
    await database.close();
    clearTimeout(forceExit);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const url = `http://${['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host}:${(app.server.address() as { port: number }).port}/`;
  const lines = [`CareCircle is running at ${url} (${database.engine})`];
  if (demoLogins.length > 0 || (await hasDemoAccounts(database.db))) {
    lines.push(`Demo clinic: every demo account's password is ${DEMO_PASSWORD}`);
    lines.push(...(demoLogins.length > 0 ? demoLogins : (await listDemoLogins(database.db)).map(bannerLine)));
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

/** One demo login in the start-up banner: role, then email. */
function bannerLine(login: { role: string; email: string }): string {
  return `  ${login.role.padEnd(10)} ${login.email}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`CareCircle failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
