import { ClientFormActions } from './client-form.actions';
import { clientWith } from './testing/clients-fixtures';

describe('ClientFormActions', () => {
  it('carry the version an edit is based on', () => {
    const base = clientWith();
    const edit = { kind: 'status', status: 'on-hold', dischargedOn: null, dischargeReason: null } as const;

    expect(ClientFormActions.editSubmitted({ base, edit })).toEqual({ type: '[Client Form] Edit Submitted', base, edit });
    expect(ClientFormActions.newOpened().type).toBe('[Client Form] New Opened');
  });
});
