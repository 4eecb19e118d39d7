import type { CaseloadRow } from '@domain/clients/client';
import type { TeamDashboard, TeamDashboardQuery } from '@domain/supervision/team-dashboard';

/** Spec helpers for the supervision slice only (never imported by the app). */
export const SUPERVISOR_ID = '0190a1b2-0000-7000-8000-0000000000a1';
export const OTHER_SUPERVISOR_ID = '0190a1b2-0000-7000-8000-0000000000a2';
export const TESS = '0190a1b2-0000-7000-8000-0000000000b1';
export const OMAR = '0190a1b2-0000-7000-8000-0000000000b2';
export const PIA = '0190a1b2-0000-7000-8000-0000000000b3';

export const QUERY: TeamDashboardQuery = { from: '2026-09-01', to: '2026-11-25', concern: 'all', status: 'all' };

export function dashboardWith(changes: Partial<TeamDashboard> = {}): TeamDashboard {
  return {
    team: { supervisorId: SUPERVISOR_ID, supervisorName: 'Sam Supervisor' },
    teams: [{ supervisorId: SUPERVISOR_ID, supervisorName: 'Sam Supervisor' }],
    therapists: [
      { id: TESS, name: 'Tess Therapist' },
      { id: OMAR, name: 'Omar Okafor' },
      { id: PIA, name: 'Pia Park' },
    ],
    period: { from: '2026-09-01', to: '2026-11-25' },
    caseloads: [
      { therapistId: TESS, therapistName: 'Tess Therapist', active: 6, onHold: 1, dischargedInPeriod: 2 },
      { therapistId: OMAR, therapistName: 'Omar Okafor', active: 4, onHold: 0, dischargedInPeriod: 1 },
      { therapistId: PIA, therapistName: 'Pia Park', active: 0, onHold: 0, dischargedInPeriod: 0 },
    ],
    sessions: [
      { month: '2026-09', therapistId: TESS, type: 'family-session', status: 'completed', sessions: 5 },
      { month: '2026-09', therapistId: TESS, type: 'network-meeting', status: 'completed', sessions: 1 },
      { month: '2026-09', therapistId: TESS, type: 'family-session', status: 'cancelled', sessions: 1 },
      { month: '2026-09', therapistId: OMAR, type: 'family-session', status: 'completed', sessions: 3 },
      { month: '2026-09', therapistId: OMAR, type: 'family-session', status: 'no-show', sessions: 2 },
      { month: '2026-11', therapistId: OMAR, type: 'couple-session', status: 'completed', sessions: 2 },
      { month: '2026-11', therapistId: TESS, type: 'family-session', status: 'planned', sessions: 4 },
    ],
    selfReports: [],
    coverage: [
      { therapistId: TESS, activeClients: 6, measuredRecently: 4 },
      { therapistId: OMAR, activeClients: 4, measuredRecently: 1 },
      { therapistId: PIA, activeClients: 0, measuredRecently: 0 },
    ],
    supportBands: [
      { band: 'low', clients: 3 },
      { band: 'high', clients: 4 },
      { band: 'none', clients: 3 },
    ],
    medianSupportByMonth: [
      { month: '2026-09', median: 4.25, measures: 6 },
      { month: '2026-11', median: 4.6666, measures: 3 },
    ],
    flaggedClients: [
      {
        clientId: '0190a1b2-1111-7000-8000-000000000001',
        preferredName: 'Robin',
        caseNumber: 'CC-00001',
        therapistId: TESS,
        flags: ['isolation-risk', 'reassessment-overdue'],
      },
      {
        clientId: '0190a1b2-1111-7000-8000-000000000002',
        preferredName: 'Ana "Nan", Jr.',
        caseNumber: 'CC-00002',
        therapistId: OMAR,
        flags: ['consent-expiring'],
      },
    ],
    flaggedClientsShown: true,
    changeThresholds: ['MSPSS: reliable change is 1.00 or more (Jacobson & Truax 1991; r .85 from Zimet et al. 1988; SD 0.86 published).'],
    outcomes: [],
    groupsReferrals: [
      { therapistId: TESS, attendancesPresent: 8, attendancesRecorded: 10, referrals: { referred: 1, contacted: 2, attending: 1, ended: 0, declined: 1, 'no-response': 0 } },
      { therapistId: OMAR, attendancesPresent: 3, attendancesRecorded: 6, referrals: { referred: 0, contacted: 0, attending: 2, ended: 1, declined: 0, 'no-response': 1 } },
      { therapistId: PIA, attendancesPresent: 0, attendancesRecorded: 0, referrals: { referred: 0, contacted: 0, attending: 0, ended: 0, declined: 0, 'no-response': 0 } },
    ],
    considerReferral: [
      {
        clientId: '0190a1b2-1111-7000-8000-000000000003',
        preferredName: 'Kit',
        caseNumber: 'CC-00003',
        therapistId: OMAR,
        reasons: ['low-perceived-support', 'loneliness'],
      },
    ],
    generatedAt: '2026-11-25T09:00:00.000Z',
    ...changes,
  };
}

/** The same team as an administrator sees it: no clinical content. */
export function adminDashboardWith(changes: Partial<TeamDashboard> = {}): TeamDashboard {
  return dashboardWith({
    teams: [
      { supervisorId: SUPERVISOR_ID, supervisorName: 'Sam Supervisor' },
      { supervisorId: OTHER_SUPERVISOR_ID, supervisorName: 'Sol Second' },
    ],
    flaggedClients: [],
    flaggedClientsShown: false,
    considerReferral: [],
    ...changes,
  });
}

export function emptyDashboard(): TeamDashboard {
  return dashboardWith({
    caseloads: [{ therapistId: TESS, therapistName: 'Tess Therapist', active: 0, onHold: 0, dischargedInPeriod: 0 }],
    sessions: [],
    coverage: [{ therapistId: TESS, activeClients: 0, measuredRecently: 0 }],
    supportBands: [],
    medianSupportByMonth: [],
    flaggedClients: [],
  });
}

export function caseloadRowWith(index: number, changes: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    id: `0190a1b2-2222-7000-8000-${String(index).padStart(12, '0')}`,
    preferredName: `Client ${index}`,
    legalName: `Client ${index} Example`,
    caseNumber: `CC-${String(index).padStart(5, '0')}`,
    status: 'active',
    primaryConcerns: ['anxiety'],
    treatmentStart: '2026-01-15',
    therapistId: TESS,
    therapistName: 'Tess Therapist',
    indicators: null,
    ...changes,
  };
}
