import { ClientOverviewActions } from './client-overview.actions';

describe('ClientOverviewActions', () => {
  it('names the event after its source', () => {
    expect(ClientOverviewActions.opened({ clientId: 'c1' })).toEqual({ type: '[Client Overview] Opened', clientId: 'c1' });
  });
});
