import { completedSession, CONSENTING, sessionWith } from './testing/sessions-fixtures';
import {
  attendanceLabel,
  attendeeNames,
  modalityLabel,
  ownerLabel,
  typeLabel,
} from './session-words';

describe('session words', () => {
  it('names the type, the modality and the people invited', () => {
    const session = sessionWith({ type: 'network-meeting', modality: 'video' });

    expect(typeLabel(session)).toBe('Network meeting');
    expect(modalityLabel(session)).toBe('Video');
    expect(attendeeNames(session)).toBe('Jo Example');
    expect(attendeeNames(sessionWith({ attendees: [] }))).toBe('No one invited');
  });

  it('says attendance that was not recorded yet in words', () => {
    expect(attendanceLabel('invited')).toBe('Not recorded');
    expect(attendanceLabel('late')).toBe('Late');
  });

  it('names a follow-up’s owner, a member by name', () => {
    const [followUp] = completedSession().followUps;

    expect(ownerLabel(followUp, { [CONSENTING.id]: 'Jo Example' })).toBe('Jo Example');
    expect(ownerLabel(followUp, {})).toBe('A network member');
    expect(ownerLabel({ ownerKind: 'clinician', ownerMemberId: null }, {})).toBe('Clinician');
  });
});
