import { createNetworkMemberRequestSchema } from '@domain/network/network-member-requests';
import { fieldsOf } from './member-edit';
import { memberWith } from './testing/network-fixtures';

describe('fieldsOf', () => {
  it('gives exactly the fields a member form sends, which the shared schema accepts as they are', () => {
    const member = memberWith();
    const fields = fieldsOf(member);

    expect(Object.keys(fields).sort()).toEqual(
      Object.keys(createNetworkMemberRequestSchema.shape).sort(),
    );
    expect(createNetworkMemberRequestSchema.parse(fields)).toEqual(fields);
  });

  it('copies the lists, so editing the form never changes the stored member', () => {
    const member = memberWith();
    const fields = fieldsOf(member);

    expect(fields.supportTypes).not.toBe(member.supportTypes);
    expect(fields.consent).not.toBe(member.consent);
  });
});
