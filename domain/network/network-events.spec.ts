import type { NetworkMemberFacts, NetworkMemberRevision } from './network-member';
import { describeNetworkEvent, eventsBetween, isWorsening, networkEvents } from './network-events';

const base: NetworkMemberFacts = {
  name: 'Member',
  relationship: 'parent',
  supportTypes: ['emotional'],
  tieStrength: 'strong',
  tieQuality: 'supportive',
  energyFlow: 'both',
  contactFrequency: 'weekly',
  livesWithClient: false,
  involvement: 'none',
  consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null },
  emergencyContact: false,
  boundariesNote: '',
  activeFrom: '2026-01-10',
  endedOn: null,
  endReason: null,
};
const revision = (memberId: string, version: number, effectiveOn: string, overrides: Partial<NetworkMemberFacts> = {}): NetworkMemberRevision => ({
  memberId,
  version,
  effectiveOn,
  facts: { ...base, ...overrides },
});
const summary = (events: ReturnType<typeof networkEvents>) => events.map((item) => `${item.date} ${item.memberId} ${item.kind}${item.to ? ` ${item.from}>${item.to}` : ''}`);

describe('network events', () => {
  it('adds a tie on its activeFrom date, however late it was recorded', () => {
    expect(summary(networkEvents([revision('a', 1, '2026-01-10')], '2026-11-25'))).toEqual(['2026-01-10 a tie-added']);
  });

  it('dates a quality change and a strength change on the day they were recorded, with before and after', () => {
    const events = networkEvents(
      [
        revision('a', 1, '2026-01-10'),
        revision('a', 2, '2026-04-02', { tieQuality: 'strained' }),
        revision('a', 3, '2026-05-20', { tieQuality: 'strained', tieStrength: 'weak' }),
      ],
      '2026-11-25',
    );
    expect(summary(events)).toEqual(['2026-01-10 a tie-added', '2026-04-02 a quality-changed supportive>strained', '2026-05-20 a strength-changed strong>weak']);
    expect(new Set(events.map((item) => item.id)).size).toBe(3);
  });

  it('records nothing for a revision that changed none of the tracked facts (a name or a note)', () => {
    const events = networkEvents([revision('a', 1, '2026-01-10'), revision('a', 2, '2026-03-01', { name: 'Renamed', boundariesNote: 'x' })], '2026-11-25');
    expect(summary(events)).toEqual(['2026-01-10 a tie-added']);
  });

  it('ends a tie on its end date even when recorded later, and resumes it on the day it was re-activated', () => {
    const events = networkEvents(
      [
        revision('a', 1, '2026-01-10'),
        revision('a', 2, '2026-06-30', { endedOn: '2026-06-30', endReason: 'Moved' }),
        revision('a', 3, '2026-09-01'),
      ],
      '2026-11-25',
    );
    expect(summary(events)).toEqual(['2026-01-10 a tie-added', '2026-06-30 a tie-ended', '2026-09-01 a tie-resumed']);
  });

  it('gives consent on its given date, withdraws it when it is declined later, and gives it again', () => {
    const granted = { status: 'granted', scope: 'Progress', givenOn: '2026-02-01', expiresOn: null } as const;
    const events = networkEvents(
      [
        revision('a', 1, '2026-01-10', { consent: granted }),
        revision('a', 2, '2026-03-15', { consent: { status: 'declined', scope: '', givenOn: null, expiresOn: null } }),
        revision('a', 3, '2026-04-20', { consent: { ...granted, givenOn: '2026-04-18' } }),
      ],
      '2026-11-25',
    );
    expect(summary(events)).toEqual([
      '2026-01-10 a tie-added',
      '2026-02-01 a consent-given',
      '2026-03-15 a consent-withdrawn',
      '2026-04-18 a consent-given',
    ]);
  });

  it('lapses a consent the day after it expired, only once that day has come, and not when renewed in time', () => {
    const expiring = { status: 'granted', scope: '', givenOn: '2026-01-10', expiresOn: '2026-06-30' } as const;
    const lapsed = networkEvents([revision('a', 1, '2026-01-10', { consent: expiring })], '2026-07-01');
    expect(summary(lapsed)).toEqual(['2026-01-10 a tie-added', '2026-01-10 a consent-given', '2026-07-01 a consent-lapsed']);
    expect(summary(networkEvents([revision('a', 1, '2026-01-10', { consent: expiring })], '2026-06-30'))).not.toContain('2026-07-01 a consent-lapsed');

    const renewed = networkEvents(
      [revision('a', 1, '2026-01-10', { consent: expiring }), revision('a', 2, '2026-06-20', { consent: { ...expiring, givenOn: '2026-06-20', expiresOn: '2027-06-20' } })],
      '2026-11-25',
    );
    expect(summary(renewed)).toEqual(['2026-01-10 a tie-added', '2026-01-10 a consent-given', '2026-06-20 a consent-given']);
  });

  it('does not lapse the consent of a tie that had ended before it ran out', () => {
    const consent = { status: 'granted', scope: '', givenOn: '2026-01-10', expiresOn: '2026-06-30' } as const;
    const events = networkEvents([revision('a', 1, '2026-01-10', { consent }), revision('a', 2, '2026-05-01', { consent, endedOn: '2026-05-01', endReason: 'x' })], '2026-11-25');
    expect(summary(events)).toEqual(['2026-01-10 a tie-added', '2026-01-10 a consent-given', '2026-05-01 a tie-ended']);
  });

  it('orders several members oldest first, whatever order the revisions came in', () => {
    const events = networkEvents([revision('b', 2, '2026-03-01', { tieQuality: 'harmful' }), revision('a', 1, '2026-02-01', { activeFrom: '2026-02-01' }), revision('b', 1, '2026-01-01', { activeFrom: '2026-01-01' })], '2026-11-25');
    expect(summary(events)).toEqual(['2026-01-01 b tie-added', '2026-02-01 a tie-added', '2026-03-01 b quality-changed supportive>harmful']);
  });

  it('picks the events between two measure dates, both days included', () => {
    const events = [{ date: '2026-03-01' }, { date: '2026-03-02' }, { date: '2026-04-10' }, { date: '2026-04-11' }];
    expect(eventsBetween(events, '2026-03-02', '2026-04-10')).toEqual([{ date: '2026-03-02' }, { date: '2026-04-10' }]);
  });

  it('says which changes made the network worse, in the clinicians’ words', () => {
    expect(isWorsening({ kind: 'quality-changed', from: 'supportive', to: 'strained' })).toBeTrue();
    expect(isWorsening({ kind: 'quality-changed', from: 'harmful', to: 'mixed' })).toBeFalse();
    expect(isWorsening({ kind: 'strength-changed', from: 'moderate', to: 'weak' })).toBeTrue();
    expect(isWorsening({ kind: 'tie-ended', from: null, to: null })).toBeTrue();
    expect(isWorsening({ kind: 'tie-added', from: null, to: null })).toBeFalse();
    expect(describeNetworkEvent({ kind: 'quality-changed', from: 'supportive', to: 'strained' })).toBe('Tie quality changed: supportive → strained');
    expect(describeNetworkEvent({ kind: 'consent-lapsed', from: null, to: null })).toBe('Consent to share lapsed');
  });
});
