import { addDays } from '@domain/common/iso-date';
import {
  CONSENT_STATUS_CODES,
  SUPPORT_TYPE_CODES,
  type SupportType,
  TIE_QUALITY_CODES,
  TIE_STRENGTH_CODES,
  TREATMENT_INVOLVEMENT_CODES,
} from '@domain/network/network-codes';
import { type SummaryFacts, summarizeNetwork } from '@domain/network/network-summary';
import { v7 as uuidv7 } from 'uuid';
import { SeededRandom } from '../seed/seeded-random';
import { addClient } from '../spec/helpers/test-clients';
import { type TestApp, addUser, createTestApp } from '../spec/helpers/test-app';
import { networkCountsQuery, toNetworkCounts } from './network-counts-query';

const TODAY = '2026-06-15';
// Offsets that sit on every boundary the rules draw: today, yesterday, tomorrow, and the last and
// first days of the 30-day expiry warning.
const DAY_OFFSETS = [-400, -31, -30, -1, 0, 1, 29, 30, 31, 400];

function grantedUntil(expiresOn: string): SummaryFacts {
  return {
    supportTypes: ['emotional'],
    tieStrength: 'strong',
    tieQuality: 'supportive',
    involvement: 'informed',
    activeFrom: '2026-01-01',
    endedOn: null,
    consent: { status: 'granted', givenOn: '2026-01-01', expiresOn },
  };
}

describe('networkCountsQuery, the SQL twin of summarizeNetwork for the caseload', () => {
  let t: TestApp;
  let therapistId: string;
  const factsByClient = new Map<string, SummaryFacts[]>();

  beforeAll(async () => {
    t = await createTestApp();
    therapistId = (await addUser(t, 'therapist')).id;
    const random = new SeededRandom(17);
    const date = () => addDays(TODAY, random.pick(DAY_OFFSETS));
    for (let c = 0; c < 40; c++) {
      const clientId = await addClient(t, therapistId);
      const facts: SummaryFacts[] = [];
      for (let m = random.integer(0, 8); m > 0; m--) {
        const activeFrom = date();
        const endedOn = random.next() < 0.3 ? addDays(activeFrom, random.pick([1, 30, 31])) : null;
        const member: SummaryFacts = {
          supportTypes: SUPPORT_TYPE_CODES.filter(() => random.next() < 0.5),
          tieStrength: random.pick(TIE_STRENGTH_CODES),
          tieQuality: random.pick(TIE_QUALITY_CODES),
          involvement: random.pick(TREATMENT_INVOLVEMENT_CODES),
          activeFrom,
          endedOn,
          consent: {
            status: random.pick(CONSENT_STATUS_CODES),
            givenOn: random.next() < 0.2 ? null : date(),
            expiresOn: random.next() < 0.2 ? null : date(),
          },
        };
        facts.push(member);
        await insertMember(clientId, member);
      }
      factsByClient.set(clientId, facts);
    }
    // One client holds a member on each boundary, so no boundary depends on the draw.
    const onTheEdges = await addClient(t, therapistId);
    const edges: SummaryFacts[] = [-1, 0, 30, 31].map((offset) => grantedUntil(addDays(TODAY, offset)));
    edges.push({ ...grantedUntil(addDays(TODAY, 10)), consent: { status: 'granted', givenOn: addDays(TODAY, 1), expiresOn: addDays(TODAY, 10) } });
    edges.push({ ...grantedUntil(addDays(TODAY, 10)), activeFrom: addDays(TODAY, 1) });
    edges.push({ ...grantedUntil(addDays(TODAY, 10)), endedOn: TODAY });
    edges.push({ ...grantedUntil(addDays(TODAY, 90)), supportTypes: [...SUPPORT_TYPE_CODES] });
    for (const member of edges) {
      await insertMember(onTheEdges, member);
    }
    factsByClient.set(onTheEdges, edges);
  });

  afterAll(() => t.close());

  async function insertMember(clientId: string, member: SummaryFacts): Promise<void> {
    await t.database.db
      .insertInto('network_members')
      .values({
        id: uuidv7(),
        client_id: clientId,
        name: 'Member',
        relationship: 'friend',
        category: 'friends',
        support_types: member.supportTypes.join(','),
        tie_strength: member.tieStrength,
        tie_quality: member.tieQuality,
        energy_flow: 'both',
        contact_frequency: 'weekly',
        lives_with_client: 0,
        involvement: member.involvement,
        consent_status: member.consent.status,
        consent_scope: '',
        consent_given_on: member.consent.givenOn,
        consent_expires_on: member.consent.expiresOn,
        emergency_contact: 0,
        boundaries_note: '',
        active_from: member.activeFrom,
        ended_on: member.endedOn,
        end_reason: null,
        version: 1,
        created_at: `${TODAY}T09:00:00.000Z`,
        created_by: therapistId,
        updated_at: `${TODAY}T09:00:00.000Z`,
        updated_by: therapistId,
      })
      .execute();
  }


  it('counts members, support gaps and consent expiry exactly as summarizeNetwork does, for every client', async () => {
    const rows = await networkCountsQuery(t.database.db, [...factsByClient.keys()], TODAY).execute();
    const byClient = new Map(rows.map((row) => [row.client_id, toNetworkCounts(row)]));
    const none = toNetworkCounts({ active_members: null, covered_support_bits: null, consents_expiring: null, consents_expired: null });
    let checked = 0;
    for (const [clientId, facts] of factsByClient) {
      const summary = summarizeNetwork(facts, TODAY);
      expect(byClient.get(clientId) ?? none)
        .withContext(`client ${clientId} with ${facts.length} members`)
        .toEqual({
          activeMembers: summary.activeMembers,
          supportGaps: summary.supportGaps,
          consentsExpiringSoon: summary.consentsExpiringSoon,
          consentsExpired: summary.consentsExpired,
        });
      checked++;
    }
    expect(checked).toBe(41);
    // The generated data must reach every branch, or agreement proves little.
    const summaries = [...factsByClient.values()].map((facts) => summarizeNetwork(facts, TODAY));
    expect(summaries.some((summary) => summary.consentsExpiringSoon > 0)).toBeTrue();
    expect(summaries.some((summary) => summary.consentsExpired > 0)).toBeTrue();
    expect(summaries.some((summary) => summary.supportGaps.length === 0)).toBeTrue();
    expect(summaries.some((summary) => summary.activeMembers === 0)).toBeTrue();
    expect(new Set(summaries.flatMap((summary) => summary.supportGaps)).size).toBe(SUPPORT_TYPE_CODES.length);
  });

  it('reads only the clients asked for', async () => {
    const [first] = factsByClient.keys();
    const rows = await networkCountsQuery(t.database.db, [first], TODAY).execute();
    expect(rows.every((row) => row.client_id === first)).toBeTrue();
  });

  it('decodes covered support types from their bits, in vocabulary order', () => {
    const strongSupportive = (types: SupportType[]): SummaryFacts => ({
      supportTypes: types,
      tieStrength: 'strong',
      tieQuality: 'supportive',
      involvement: 'none',
      activeFrom: '2026-01-01',
      endedOn: null,
      consent: { status: 'not-asked', givenOn: null, expiresOn: null },
    });
    expect(toNetworkCounts({ active_members: '2', covered_support_bits: '5', consents_expiring: '1', consents_expired: 0 })).toEqual({
      activeMembers: 2,
      supportGaps: ['informational', 'companionship'],
      consentsExpiringSoon: 1,
      consentsExpired: 0,
    });
    expect(summarizeNetwork([strongSupportive(['emotional', 'instrumental'])], TODAY).supportGaps).toEqual(['informational', 'companionship']);
  });
});
