import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as accounts from './migrations/2026-11-25-0001-accounts-sessions-audit';
import * as clients from './migrations/2026-11-25-0002-clients';
import * as networkAndNotes from './migrations/2026-11-25-0003-network-and-notes';
import * as familySessions from './migrations/2026-11-25-0004-family-sessions';
import * as measures from './migrations/2026-11-26-0005-measures';
import * as attemptCounters from './migrations/2026-12-06-0006-attempt-counters';
import * as selfReport from './migrations/2026-12-06-0007-self-report';
import * as twoFactor from './migrations/2026-12-06-0008-two-factor';
import * as signInSessions from './migrations/2026-12-06-0009-sign-in-sessions';
import * as sessionClinicalRules from './migrations/2026-12-07-0001-session-clinical-rules';
import * as reliableChange from './migrations/2026-12-07-0002-reliable-change';
import * as selfReportDueRepeats from './migrations/2026-12-07-0010-self-report-due-repeats';
import * as linkHitCounters from './migrations/2026-12-07-0011-link-hit-counters';
import * as groups from './migrations/2026-12-08-0100-groups';
import * as communityProgrammes from './migrations/2026-12-08-0101-community-programmes';
import * as referrals from './migrations/2026-12-09-0100-referrals';
import * as subscaleChangeNorms from './migrations/2026-12-09-0200-subscale-change-norms';
import * as unreviewedRiskIndex from './migrations/2026-12-10-0100-unreviewed-risk-index';

/**
 * Migrations are listed here explicitly (not read from disk) so they ship inside any bundle and run
 * in a stable, date-prefixed order on both engines.
 */
const migrations: Record<string, Migration> = {
  '2026-11-25-0001-accounts-sessions-audit': accounts,
  '2026-11-25-0002-clients': clients,
  '2026-11-25-0003-network-and-notes': networkAndNotes,
  '2026-11-25-0004-family-sessions': familySessions,
  '2026-11-26-0005-measures': measures,
  '2026-12-06-0006-attempt-counters': attemptCounters,
  '2026-12-06-0007-self-report': selfReport,
  '2026-12-06-0008-two-factor': twoFactor,
  '2026-12-06-0009-sign-in-sessions': signInSessions,
  '2026-12-07-0001-session-clinical-rules': sessionClinicalRules,
  '2026-12-07-0002-reliable-change': reliableChange,
  '2026-12-07-0010-self-report-due-repeats': selfReportDueRepeats,
  '2026-12-07-0011-link-hit-counters': linkHitCounters,
  '2026-12-08-0100-groups': groups,
  '2026-12-08-0101-community-programmes': communityProgrammes,
  '2026-12-09-0100-referrals': referrals,
  '2026-12-09-0200-subscale-change-norms': subscaleChangeNorms,
  '2026-12-10-0100-unreviewed-risk-index': unreviewedRiskIndex,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are typeless by design
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  // With several schemas in one PostgreSQL database (specs, benchmarks), name ours explicitly:
  // Kysely otherwise finds another schema's migration tables and skips creating its own.
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}
