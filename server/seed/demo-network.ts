import type { NetworkMemberFacts } from '@domain/network/network-member';
import { categoryOf, type Relationship, SUPPORT_TYPE_CODES, type SupportType } from '@domain/network/network-codes';
import type { NewClientRow } from '../db/database';
import { columnsOf } from '../network/network-mapping';
import type { NetworkMembersTable, NetworkMemberRevisionsTable, SupportNotesTable, SupportNoteRevisionsTable } from '../db/database';
import type { Insertable } from 'kysely';
import { CLIENT_GIVEN_NAMES, FAMILY_NAMES } from './demo-names';
import type { SeededRandom } from './seeded-random';

const DAY = 86_400_000;
const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Who tends to surround a client, with how likely each kind of tie is supportive. */
const PEOPLE: readonly { relationship: Relationship; weight: number; person: boolean }[] = [
  { relationship: 'parent', weight: 3, person: true },
  { relationship: 'sibling', weight: 3, person: true },
  { relationship: 'partner', weight: 2, person: true },
  { relationship: 'child', weight: 1, person: true },
  { relationship: 'grandparent', weight: 1, person: true },
  { relationship: 'other-relative', weight: 1, person: true },
  { relationship: 'friend', weight: 4, person: true },
  { relationship: 'neighbour', weight: 1, person: true },
  { relationship: 'colleague', weight: 1, person: true },
  { relationship: 'peer-support-group', weight: 1, person: false },
  { relationship: 'mutual-help-group', weight: 1, person: false },
  { relationship: 'sponsor', weight: 1, person: true },
  { relationship: 'faith-community', weight: 1, person: false },
  { relationship: 'community-programme', weight: 1, person: false },
  { relationship: 'volunteer-role', weight: 1, person: false },
  { relationship: 'primary-care-clinician', weight: 1, person: true },
  { relationship: 'case-worker', weight: 1, person: true },
];

const GROUP_NAMES: Partial<Record<Relationship, readonly string[]>> = {
  'peer-support-group': ['Tuesday peer circle', 'Hearing Voices group', 'Anxiety peer group'],
  'mutual-help-group': ['Riverside AA meeting', 'SMART Recovery group', 'NA Thursday group'],
  'faith-community': ['St Anne’s parish', 'Riverside mosque', 'Community synagogue'],
  'community-programme': ['Park run club', 'Mindfulness course', 'Community garden'],
  'volunteer-role': ['Food bank volunteering', 'Animal shelter volunteering', 'Library reading helper'],
};

const NOTE_TEXTS = [
  'Client reports calling their sibling twice a week; feels more able to ask for help.',
  'Discussed boundaries with a family member who criticises treatment; client wants fewer visits.',
  'Started attending a peer group; found it hard the first time but plans to return.',
  'Partner came to the last session and agreed to help with morning routines.',
  'Friend moved away; client feels the loss of weekly walks. Exploring community options.',
  'Consent to share progress with parent renewed after discussion of scope.',
  'Client reconnected with an old friend through volunteering.',
];

export interface DemoNetwork {
  readonly members: Insertable<NetworkMembersTable>[];
  readonly revisions: Insertable<NetworkMemberRevisionsTable>[];
  readonly notes: Insertable<SupportNotesTable>[];
  readonly noteRevisions: Insertable<SupportNoteRevisionsTable>[];
  readonly noteTags: { note_id: string; member_id: string }[];
}

function pickWeighted(random: SeededRandom) {
  const total = PEOPLE.reduce((sum, entry) => sum + entry.weight, 0);
  let roll = random.next() * total;
  for (const entry of PEOPLE) {
    roll -= entry.weight;
    if (roll < 0) {
      return entry;
    }
  }
  return PEOPLE[0];
}

/**
 * A plausible support network for one client, with history across treatment: 3–15 members, some
 * ended, some strained, a few ties that changed quality part-way, consents of varied states, and a
 * few support notes.
 */
export function generateDemoNetwork(random: SeededRandom, client: NewClientRow, now: Date): DemoNetwork {
  const network: DemoNetwork = { members: [], revisions: [], notes: [], noteRevisions: [], noteTags: [] };
  const start = Date.parse(`${client.treatment_start}T00:00:00Z`);
  const end = client.discharged_on ? Date.parse(`${client.discharged_on}T00:00:00Z`) : now.getTime();
  const span = Math.max(DAY, end - start);
  const count = random.integer(3, 15);
  const therapist = client.therapist_id;
  const family = client.legal_name.split(' ').slice(-1)[0];

  for (let i = 0; i < count; i++) {
    const kind = pickWeighted(random);
    const category = categoryOf(kind.relationship);
    const name = kind.person
      ? `${random.pick(CLIENT_GIVEN_NAMES)} ${category === 'family' ? family : random.pick(FAMILY_NAMES)}`
      : random.pick(GROUP_NAMES[kind.relationship] ?? ['Community group']);
    // Most people predate treatment; some join during it.
    const activeFrom = random.next() < 0.7 ? isoDate(start - random.integer(30, 3000) * DAY) : isoDate(start + random.next() * span * 0.8);
    const quality = random.next();
    const supportTypes = SUPPORT_TYPE_CODES.filter(() => random.next() < 0.45) as SupportType[];
    const consentRoll = random.next();
    const givenOn = isoDate(Math.max(start, Date.parse(`${activeFrom}T00:00:00Z`)) + random.integer(0, 60) * DAY);
    const consentGiven = givenOn <= isoDate(now.getTime()) ? givenOn : isoDate(now.getTime());
    const facts: NetworkMemberFacts = {
      name,
      relationship: kind.relationship,
      supportTypes: supportTypes.length > 0 ? supportTypes : ['companionship'],
      tieStrength: random.pick(['strong', 'strong', 'moderate', 'moderate', 'weak'] as const),
      tieQuality: quality < 0.6 ? 'supportive' : quality < 0.8 ? 'mixed' : quality < 0.93 ? 'strained' : 'harmful',
      energyFlow: random.pick(['to-client', 'from-client', 'both', 'both'] as const),
      contactFrequency: random.pick(['daily', 'weekly', 'weekly', 'monthly', 'less-often'] as const),
      livesWithClient: category === 'family' && random.next() < 0.3,
      involvement: category === 'family' || category === 'friends' ? random.pick(['none', 'informed', 'attends-sessions'] as const) : 'none',
      consent:
        consentRoll < 0.55
          ? { status: 'granted', scope: 'Attendance and general progress', givenOn: consentGiven, expiresOn: isoDate(Date.parse(`${consentGiven}T00:00:00Z`) + random.integer(120, 400) * DAY) }
          : consentRoll < 0.7
            ? { status: 'declined', scope: '', givenOn: null, expiresOn: null }
            : { status: 'not-asked', scope: '', givenOn: null, expiresOn: null },
      emergencyContact: category === 'family' && random.next() < 0.25,
      boundariesNote: quality >= 0.8 ? 'Client limits contact; no information shared about appointments.' : '',
      activeFrom,
      endedOn: null,
      endReason: null,
    };
    const id = random.uuid();
    const createdAt = new Date(Math.max(start, Date.parse(`${activeFrom}T00:00:00Z`))).toISOString();
    const revisions: NetworkMemberFacts[] = [facts];
    const effective: string[] = [facts.activeFrom];
    let current = facts;
    // Some ties change quality during treatment (a strained parent who became supportive, or the reverse).
    if (random.next() < 0.25) {
      const changedOn = isoDate(Math.max(Date.parse(`${activeFrom}T00:00:00Z`), start) + random.next() * span * 0.6 + DAY);
      if (changedOn <= isoDate(now.getTime())) {
        current = { ...current, tieQuality: current.tieQuality === 'supportive' ? 'strained' : 'supportive' };
        revisions.push(current);
        effective.push(changedOn);
      }
    }
    // Some relationships end.
    if (random.next() < 0.15) {
      const endedOn = isoDate(Math.max(Date.parse(`${activeFrom}T00:00:00Z`) + DAY, start + random.next() * span));
      if (endedOn <= isoDate(now.getTime()) && endedOn > effective[effective.length - 1]) {
        current = { ...current, endedOn, endReason: random.pick(['Moved away', 'Relationship ended', 'Client set a boundary', 'Group closed']) };
        revisions.push(current);
        effective.push(endedOn);
      }
    }
    const recordedAt = (index: number) => (index === 0 ? createdAt : `${effective[index]}T12:00:00.000Z`);
    network.members.push({
      id,
      client_id: client.id,
      ...columnsOf(current),
      version: revisions.length,
      created_at: createdAt,
      created_by: therapist,
      updated_at: recordedAt(revisions.length - 1),
      updated_by: therapist,
    });
    revisions.forEach((revisionFacts, index) =>
      network.revisions.push({
        id: random.uuid(),
        member_id: id,
        client_id: client.id,
        version: index + 1,
        effective_on: effective[index],
        recorded_at: recordedAt(index),
        recorded_by: therapist,
        facts: JSON.stringify(revisionFacts),
      }),
    );
  }

  const noteCount = random.integer(1, 4);
  for (let i = 0; i < noteCount; i++) {
    const id = random.uuid();
    const noteDate = isoDate(start + random.next() * span);
    const text = random.pick(NOTE_TEXTS);
    const recordedAt = `${noteDate}T15:00:00.000Z`;
    const tagged = network.members.length > 0 && random.next() < 0.6 ? [random.pick(network.members).id!] : [];
    network.notes.push({ id, client_id: client.id, author_id: therapist, note_date: noteDate, text, version: 1, created_at: recordedAt, created_by: therapist, updated_at: recordedAt, updated_by: therapist });
    network.noteRevisions.push({ id: random.uuid(), note_id: id, version: 1, text, member_ids: tagged.join(','), recorded_at: recordedAt, recorded_by: therapist, reason: null });
    tagged.forEach((memberId) => network.noteTags.push({ note_id: id, member_id: memberId }));
  }
  return network;
}
