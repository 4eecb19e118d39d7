import type { FastifyInstance } from 'fastify';
import { allNorms, thresholdLine } from '@domain/measures/reliable-change';
import { loadClinicNorms, loadRecordedNorms, normsFingerprint } from '../measures/change-norms';
import { todayIsoDate } from '@domain/common/iso-date';
import { type TeamDashboard, type TeamDashboardQuery, teamDashboardQuerySchema, teamDashboardSchema } from '@domain/supervision/team-dashboard';
import { readsClinicalContent } from '../access/client-access';
import { checkTeamTherapist, resolveTeam, selectableTeams } from '../access/team-access';
import {
  caseloadsByTherapist,
  selfReportsByTherapist,
  type DashboardScope,
  flaggedClients,
  measurementCoverage,
  medianSupportByMonth,
  outcomeEnds,
  sessionsByMonth,
  supportBands,
  tallyOutcomes,
  teamTherapists,
} from './supervision.repository';
import { considerReferralClients, groupsReferralsByTherapist } from './referral-figures.repository';

/** The supervisor's team dashboard: every figure a grouped SQL query run as a report, one request per load. */
export async function supervisionRoutes(app: FastifyInstance): Promise<void> {
  const { db, config } = app;

  app.get<{ Querystring: TeamDashboardQuery }>(
    '/dashboard',
    { schema: { querystring: teamDashboardQuerySchema, response: { 200: teamDashboardSchema } }, preHandler: app.requireRole('supervisor', 'admin') },
    async (request, reply) => {
      const user = request.auth!.user;
      const team = await resolveTeam(db, user, request.query.supervisorId);
      if (request.query.therapistId) {
        await checkTeamTherapist(db, team, request.query.therapistId);
      }
      // The norms the stored flags were judged with are part of the key: when another instance's
      // write moves a threshold (e.g. the clinic's 30th client switches in its own SD), the flagged
      // list, the outcomes and the threshold lines must not be served from before the move.
      const cacheKey = JSON.stringify({ ...request.query, supervisorId: team.supervisorId, norms: await normsFingerprint(db) });
      // Reads of the team's figures are audited even when the answer comes from the cache.
      await request.audit({ action: 'read', recordType: 'team-dashboard', recordId: team.supervisorId, outcome: 'success' });
      // Kept serialised: a team's dashboard is a few hundred kB of JSON, and re-serialising it
      // would cost a cache hit more than everything else it does.
      const cached = app.dashboardCache.get<string>(user.id, cacheKey);
      if (cached) {
        return reply.type('application/json; charset=utf-8').send(cached);
      }
      const stamp = app.dashboardCache.stamp();
      const now = config.now();
      const scope: DashboardScope = { user, team, query: request.query, today: todayIsoDate(now), reassessmentDays: config.reassessmentDays };
      // The figures run as reports (db/connect.ts): beside the serving thread and each other on SQLite.
      const reports = app.reportsDb;
      const therapists = await teamTherapists(reports, scope);
      const showFlagged = readsClinicalContent(user);
      // Longest first: each query goes to the least busy read worker, so the long ones start at once.
      const [ends, sessions, medians, flagged, considerReferral, coverage, bands, caseloads, groupsReferrals, selfReports, teams, norms] = await Promise.all([
        outcomeEnds(reports, scope),
        sessionsByMonth(reports, scope),
        medianSupportByMonth(reports, scope),
        showFlagged ? flaggedClients(reports, scope) : Promise.resolve([]),
        showFlagged ? considerReferralClients(reports, scope) : Promise.resolve([]),
        measurementCoverage(reports, scope, therapists),
        supportBands(reports, scope),
        caseloadsByTherapist(reports, scope, therapists),
        groupsReferralsByTherapist(reports, scope, therapists),
        selfReportsByTherapist(reports, scope, therapists, now),
        selectableTeams(db, user),
        // The norms the stored flags were judged with: a small read, where recomputing them is a pass over every measure.
        loadRecordedNorms(db).then((recorded) => recorded ?? loadClinicNorms(db)),
      ]);
      const outcomes = tallyOutcomes(ends, therapists, norms.totals);
      const dashboard: TeamDashboard = {
        team,
        teams,
        therapists: therapists.map((therapist) => ({ id: therapist.id, name: therapist.name })),
        period: { from: request.query.from, to: request.query.to },
        caseloads,
        sessions,
        coverage,
        selfReports,
        supportBands: bands,
        medianSupportByMonth: medians,
        flaggedClients: flagged,
        flaggedClientsShown: showFlagged,
        changeThresholds: allNorms(norms).map(thresholdLine),
        outcomes,
        groupsReferrals,
        considerReferral,
        generatedAt: now.toISOString(),
      };
      // Serialised through the route's response schema (its allow-list) before it is cached.
      const body = reply.serialize(dashboard);
      app.dashboardCache.set(user.id, cacheKey, body, stamp);
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );
}
