import { ClientPageActions } from './client-page.actions';

describe('ClientPageActions', () => {
  it('carry the id of the client the page shows', () => {
    expect(ClientPageActions.opened({ id: 'c1' })).toEqual({ type: '[Client Page] Opened', id: 'c1' });
    expect(ClientPageActions.historyRetryClicked({ id: 'c1' }).type).toBe('[Client Page] History Retry Clicked');
  });
});
