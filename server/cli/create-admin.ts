import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { AdminAlreadyExistsError, assertNoAdmin, createFirstAdmin, identityErrors, InvalidAdminInputError } from './create-first-admin';
import { promptHidden } from './prompt-hidden';
import { runCommand } from './run-command';

const PASSWORD_VARIABLE = 'CARECIRCLE_ADMIN_PASSWORD';

const USAGE = `Creates the first CareCircle administrator in the database named by DATABASE_URL.

Usage: npm run create-admin -- --email <address> --name "<full name>"

The password comes from the ${PASSWORD_VARIABLE} environment variable or, when that is
unset and this runs in a terminal, is asked for without echo. At least 12 characters.
Refuses when an administrator already exists.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.email || !values.name) {
    process.stderr.write(`Both --email and --name are needed.\n\n${USAGE}\n`);
    return 1;
  }

  const config = loadConfig();
  const identity = { email: values.email, name: values.name };
  const problems = identityErrors(identity);
  if (problems.length > 0) {
    process.stderr.write(`${new InvalidAdminInputError(problems).message}\n`);
    return 1;
  }

  const database = connectDatabase(config.databaseUrl, { poolSize: 1 });
  try {
    await migrateToLatest(database.db);
    // Checked again inside the transaction; asked here first so nobody types a password in vain.
    await assertNoAdmin(database.db);
    const password = await readPassword();
    if (password === null) {
      process.stderr.write(`No password: set ${PASSWORD_VARIABLE}, or run this in a terminal to be asked for one.\n`);
      return 1;
    }
    const admin = await createFirstAdmin(database.db, { ...identity, password }, new Date());
    process.stdout.write(`Created administrator ${admin.name} <${admin.email}> (${database.engine}). They can sign in now.\n`);
    return 0;
  } catch (error) {
    if (error instanceof AdminAlreadyExistsError || error instanceof InvalidAdminInputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

async function readPassword(): Promise<string | null> {
  const fromEnvironment = process.env[PASSWORD_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return fromEnvironment;
  }
  if (!process.stdin.isTTY) {
    return null;
  }
  const first = await promptHidden('Password for the new administrator (at least 12 characters): ');
  const second = await promptHidden('The same password again: ');
  if (first !== second) {
    throw new Error('The two passwords differ; nothing was created.');
  }
  return first;
}

runCommand('create-admin', main);
