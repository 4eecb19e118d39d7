import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppConfig } from './config';
import type { Engine } from './db/connect';
import type { Database } from './db/database';
import { logSerializers } from './http/log-serializers';
import { answerPage } from './plugins/answer-page';
import { appContext } from './plugins/app-context';
import { csrf } from './plugins/csrf';
import { nulGuard } from './plugins/nul-guard';
import { originCheck } from './plugins/origin-check';
import { problemErrors } from './plugins/problem-errors';
import { securityHeaders } from './plugins/security-headers';
import { signInSessions } from './plugins/sign-in-sessions';
import { spa } from './plugins/spa';
import { strictJson } from './plugins/strict-json';
import { twoFactorKey } from './plugins/two-factor-key';
import { zodResponses } from './plugins/zod-responses';
import { zodValidation } from './plugins/zod-validation';
import { signInSessionsRoutes } from './sign-in-sessions/sign-in-sessions.routes';
import { twoFactorRoutes } from './two-factor/two-factor.routes';
import { secondStepAfterPassword } from './two-factor/second-step';
import { twoFactorPolicyRoutes } from './two-factor/two-factor-policy.routes';
import { twoFactorResetRoutes } from './two-factor/two-factor-reset.routes';
import { clientOverviewRoutes } from './clients/client-overview.routes';
import { clientsRoutes } from './clients/clients.routes';
import { networkRoutes } from './network/network.routes';
import { networkEventsRoutes } from './network/network-events.routes';
import { notesRoutes } from './notes/notes.routes';
import { measuresRoutes } from './measures/measures.routes';
import { agendaRoutes } from './sessions/agenda.routes';
import { sessionsRoutes } from './sessions/sessions.routes';
import { healthRoutes } from './health/health.routes';
import { therapistsRoutes } from './accounts/therapists.routes';
import { accountsRoutes } from './accounts/accounts.routes';
import { auditRoutes } from './audit/audit.routes';
import { supervisionRoutes } from './supervision/supervision.routes';
import { publicSelfReportRoutes } from './self-report/public-self-report.routes';
import { selfReportRoutes } from './self-report/self-report.routes';
import { fhirRoutes } from './fhir/fhir.routes';
import { fhirImportRoutes } from './fhir/fhir-import.routes';
import { clinicExportRoutes } from './fhir/clinic-export.routes';
import { caseloadImportRoutes } from './caseload-import/caseload-import.routes';
import { completeRecordRoutes } from './fhir/complete-record.routes';
import { dashboardCache } from './supervision/dashboard-cache';
import { clientGroupsRoutes } from './groups/client-groups.routes';
import { groupsRoutes } from './groups/groups.routes';
import { meetingsRoutes } from './groups/meetings.routes';
import { rosterRoutes } from './groups/roster.routes';
import { referralsRoutes } from './referrals/referrals.routes';
import { programmesRoutes } from './community/programmes.routes';

export interface AppDependencies {
  readonly db: Kysely<Database>;
  /** Where reports run (db/connect.ts); `db` when not given. */
  readonly reportsDb?: Kysely<Database>;
  readonly engine: Engine;
}

/** Builds the whole API (and the SPA host) over an open, migrated database. Specs call this too. */
export async function buildApp(config: AppConfig, deps: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Request logs carry method, route pattern (a self-report token stays `:token`), opaque ids and
      // status only; never URLs, query strings, bodies or database error details.
      serializers: logSerializers,
      ...(config.logStream ? { stream: config.logStream } : {}),
    },
    trustProxy: config.trustProxy,
    bodyLimit: 256 * 1024,
  });

  await app.register(appContext, { db: deps.db, reportsDb: deps.reportsDb ?? deps.db, engine: deps.engine, config });
  // API answers (a caseload page, a dashboard) shrink five- to tenfold; brotli at a middle quality
  // costs well under a millisecond for them. Static files are precompressed instead (plugins/spa.ts).
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(problemErrors);
  await app.register(zodValidation);
  await app.register(zodResponses);
  await app.register(strictJson);
  await app.register(nulGuard);
  await app.register(securityHeaders, { secure: config.secureCookies });
  await app.register(twoFactorKey);
  await app.register(signInSessions);
  await app.register(originCheck);
  await app.register(csrf);
  await app.register(dashboardCache);

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { prefix: '/health' });
      await api.register(signInSessionsRoutes, { prefix: '/auth', secondStepAfterPassword });
      await api.register(twoFactorRoutes, { prefix: '/auth/two-factor' });
      await api.register(twoFactorPolicyRoutes, { prefix: '/two-factor-policy' });
      await api.register(twoFactorResetRoutes, { prefix: '/users' });
      await api.register(accountsRoutes, { prefix: '/users' });
      await api.register(therapistsRoutes, { prefix: '/therapists' });
      await api.register(clientsRoutes, { prefix: '/clients' });
      await api.register(clientOverviewRoutes, { prefix: '/clients' });
      await api.register(networkRoutes, { prefix: '/clients' });
      await api.register(networkEventsRoutes, { prefix: '/clients' });
      await api.register(notesRoutes, { prefix: '/clients' });
      await api.register(sessionsRoutes, { prefix: '/clients' });
      await api.register(measuresRoutes, { prefix: '/clients' });
      await api.register(selfReportRoutes, { prefix: '/clients' });
      await api.register(fhirRoutes, { prefix: '/clients' });
      await api.register(fhirImportRoutes, { prefix: '/fhir-imports' });
      await api.register(clinicExportRoutes, { prefix: '/clinic-export' });
      await api.register(caseloadImportRoutes, { prefix: '/caseload-imports' });
      await api.register(completeRecordRoutes, { prefix: '/clients' });
      await api.register(clientGroupsRoutes, { prefix: '/clients' });
      await api.register(referralsRoutes, { prefix: '/clients' });
      await api.register(groupsRoutes, { prefix: '/groups' });
      await api.register(rosterRoutes, { prefix: '/groups' });
      await api.register(meetingsRoutes, { prefix: '/groups' });
      await api.register(programmesRoutes, { prefix: '/community-programmes' });
      await api.register(agendaRoutes, { prefix: '/sessions' });
      await api.register(auditRoutes, { prefix: '/audit-events' });
      await api.register(supervisionRoutes, { prefix: '/team' });
    },
    { prefix: '/api/v1' },
  );
  await app.register(publicSelfReportRoutes, { prefix: '/api/public/self-report', ...(config.selfReportLimits ? { limits: config.selfReportLimits } : {}) });

  if (config.answerDirectory) {
    await app.register(answerPage, { directory: config.answerDirectory });
  }
  if (config.spaDirectory) {
    await app.register(spa, { directory: config.spaDirectory });
  }
  return app;
}
