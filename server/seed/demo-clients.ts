import type { NewClientRow, NewUserRow } from '../db/database';
import { CLIENT_GIVEN_NAMES, FAMILY_NAMES } from './demo-names';
import type { SeededRandom } from './seeded-random';

const CONCERNS = ['depression', 'anxiety', 'trauma', 'substance-use', 'bipolar', 'psychosis', 'eating-disorder', 'grief', 'other'];
const CONSENTS: NewClientRow['family_consent'][] = ['granted', 'granted', 'granted', 'partial', 'partial', 'declined', 'not-discussed'];
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they', 'he/they', ''];
const DISCHARGE_REASONS = ['Treatment goals met', 'Moved out of the area', 'Transferred to another service', 'Client chose to end treatment'];
const DAY = 86_400_000;

export interface DemoClientRecord {
  readonly client: NewClientRow;
  readonly concerns: readonly string[];
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Invented clients for one therapist: mostly active, some on hold, some discharged; treatment
 * started within the last two years; one to three concerns each.
 */
export function generateDemoClients(
  random: SeededRandom,
  therapist: NewUserRow,
  count: number,
  now: Date,
  nextCaseNumber: () => string,
): DemoClientRecord[] {
  const records: DemoClientRecord[] = [];
  for (let i = 0; i < count; i++) {
    const given = random.pick(CLIENT_GIVEN_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const birth = now.getTime() - random.integer(18 * 365, 75 * 365) * DAY;
    const start = now.getTime() - random.integer(14, 730) * DAY;
    const roll = random.next();
    const status: NewClientRow['status'] = roll < 0.72 ? 'active' : roll < 0.84 ? 'on-hold' : 'discharged';
    const dischargedOn = status === 'discharged' ? isoDate(Math.min(now.getTime() - DAY, start + random.integer(60, 400) * DAY)) : null;
    const concerns = new Set<string>();
    const concernCount = random.integer(1, 3);
    while (concerns.size < concernCount) {
      concerns.add(random.pick(CONCERNS));
    }
    const timestamp = new Date(start).toISOString();
    records.push({
      client: {
        id: random.uuid(),
        preferred_name: given,
        legal_name: `${random.next() < 0.2 ? random.pick(CLIENT_GIVEN_NAMES) : given} ${family}`,
        date_of_birth: isoDate(birth),
        case_number: nextCaseNumber(),
        pronouns: random.pick(PRONOUNS),
        treatment_start: isoDate(start),
        status,
        discharged_on: dischargedOn,
        discharge_reason: status === 'discharged' ? random.pick(DISCHARGE_REASONS) : null,
        family_consent: random.pick(CONSENTS),
        therapist_id: therapist.id,
        version: 1,
        created_at: timestamp,
        created_by: therapist.id,
        updated_at: timestamp,
        updated_by: therapist.id,
      },
      concerns: [...concerns],
    });
  }
  return records;
}
