import { CaseloadPageActions } from './caseload-page.actions';

describe('CaseloadPageActions', () => {
  it('name things that happened on the caseload page', () => {
    expect(CaseloadPageActions.opened().type).toBe('[Caseload Page] Opened');
    expect(CaseloadPageActions.sortChanged({ sort: 'caseNumber', direction: 'desc' })).toEqual({
      type: '[Caseload Page] Sort Changed',
      sort: 'caseNumber',
      direction: 'desc',
    });
    expect(CaseloadPageActions.therapistFilterChanged({ therapistId: null }).type).toBe('[Caseload Page] Therapist Filter Changed');
  });
});
