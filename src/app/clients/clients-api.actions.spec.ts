import { ClientsApiActions } from './clients-api.actions';
import { clientWith, problemWith } from './testing/clients-fixtures';

describe('ClientsApiActions', () => {
  it('name what the server answered', () => {
    const client = clientWith();

    expect(ClientsApiActions.clientLoaded({ client })).toEqual({ type: '[Clients API] Client Loaded', client });
    expect(ClientsApiActions.saveFailed({ problem: problemWith(400) }).type).toBe('[Clients API] Save Failed');
  });
});
