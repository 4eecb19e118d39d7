import { familyCopyOf } from './family-copy';
import { CLINICAL_ONLY_FIELDS, type FamilySession } from './family-session';
import { sessionToIcs } from './session-ics';
import { planSessionRequestSchema, recordSessionRequestSchema } from './session-requests';
import { fieldErrorsOf } from '../validation/field-errors';

const session: FamilySession = {
  id: '01939a1e-0000-7000-8000-000000000001',
  clientId: '01939a1e-0000-7000-8000-000000000002',
  therapistId: '01939a1e-0000-7000-8000-000000000003',
  type: 'family-session',
  modality: 'in-person',
  startsAt: '2026-12-01T14:00:00.000Z',
  durationMinutes: 90,
  location: 'Room 3, Riverside clinic',
  status: 'completed',
  attendees: [{ kind: 'member', id: 'm1', name: 'Ana Example', attendance: 'attended' }],
  goals: 'Agree on morning routine support',
  summary: 'Family agreed a plan.',
  interventions: 'Psychoeducation; problem solving',
  dynamicsObservations: 'CLINICAL-DYNAMICS: father dominates conversation',
  outcomes: 'Plan agreed',
  riskConcerns: 'CLINICAL-RISK: passive ideation last week',
  followUps: [{ id: 'f1', what: 'Call the GP', ownerKind: 'client', ownerMemberId: null, dueOn: '2026-12-08', done: false }],
  amended: false,
  declinedConsentReason: null,
  riskReview: null,
  version: 3,
  createdAt: '2026-11-20T10:00:00.000Z',
  createdBy: 'u',
  updatedAt: '2026-12-01T16:00:00.000Z',
  updatedBy: 'u',
};

describe('family copy', () => {
  it('leaves out every clinical-only field and keeps everything else', () => {
    const copy = familyCopyOf(session) as unknown as Record<string, unknown>;
    for (const field of CLINICAL_ONLY_FIELDS) {
      expect(field in copy).withContext(field).toBeFalse();
    }
    expect(JSON.stringify(copy)).not.toContain('CLINICAL-');
    const kept = Object.keys(session).filter((key) => !(CLINICAL_ONLY_FIELDS as readonly string[]).includes(key));
    expect(Object.keys(copy).sort()).toEqual(kept.sort());
  });
});

describe('calendar export', () => {
  const ics = sessionToIcs({ ...session, status: 'planned' }, 'Sam', new Date('2026-11-25T12:00:00Z'));

  it('is a valid VEVENT with start, end and a stable uid', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBeTrue();
    expect(ics).toContain('DTSTART:20261201T140000Z');
    expect(ics).toContain('DTEND:20261201T153000Z');
    expect(ics).toContain(`UID:${session.id}@carecircle`);
    expect(ics).toContain('SUMMARY:Family session - Sam');
    expect(ics).toContain('LOCATION:Room 3\\, Riverside clinic');
  });

  it('carries no surname and no clinical content', () => {
    expect(ics).not.toContain('Example');
    for (const text of [session.goals, session.summary, session.dynamicsObservations, session.riskConcerns, session.outcomes]) {
      expect(ics).not.toContain(text);
    }
  });

  it('folds long lines at 75 octets', () => {
    const long = sessionToIcs({ ...session, location: 'Ä'.repeat(80) }, 'Sam', new Date('2026-11-25T12:00:00Z'));
    for (const line of long.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
  });
});

describe('session requests', () => {
  const plan = { type: 'family-session', modality: 'video', startsAt: '2026-12-01T14:00:00Z', durationMinutes: 60 };
  const fields = (input: unknown, schema = planSessionRequestSchema) => {
    const result = schema.safeParse(input);
    return result.success ? [] : fieldErrorsOf(result.error).map((error) => error.field);
  };

  it('accepts a minimal plan', () => {
    expect(fields(plan)).toEqual([]);
  });

  it('names the field for a zero or over-eight-hour duration and unknown codes', () => {
    expect(fields({ ...plan, durationMinutes: 0 })).toEqual(['durationMinutes']);
    expect(fields({ ...plan, durationMinutes: 481 })).toEqual(['durationMinutes']);
    expect(fields({ ...plan, durationMinutes: 480 })).toEqual([]);
    expect(fields({ ...plan, type: 'therapy' })).toEqual(['type']);
    expect(fields({ ...plan, modality: 'carrier-pigeon' })).toEqual(['modality']);
  });

  it('names a follow-up without an owner', () => {
    const record = { status: 'completed', version: 1, followUps: [{ what: 'Call', dueOn: '2026-12-08' }] };
    expect(fields(record, recordSessionRequestSchema as never)).toEqual(['followUps.0.ownerKind']);
    const memberWithoutId = { ...record, followUps: [{ what: 'Call', dueOn: '2026-12-08', ownerKind: 'member' }] };
    expect(fields(memberWithoutId, recordSessionRequestSchema as never)).toEqual(['followUps.0.ownerMemberId']);
  });
});
