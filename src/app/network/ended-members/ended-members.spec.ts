import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import type { NetworkMember } from '@domain/network/network-member';
import { memberNumber } from '../testing/network-fixtures';
import { EndedMembers } from './ended-members';

describe('EndedMembers', () => {
  const ended = memberNumber(1, {
    name: 'Old friend',
    relationship: 'friend',
    endedOn: '2026-06-30',
    endReason: 'Moved away',
  });

  async function render(members: readonly NetworkMember[], canEdit: boolean) {
    const fixture = TestBed.createComponent(EndedMembers);
    fixture.componentRef.setInput('members', members);
    fixture.componentRef.setInput('onDate', '2026-11-25');
    fixture.componentRef.setInput('canEdit', canEdit);
    await fixture.whenStable();
    return {
      fixture,
      loader: TestbedHarnessEnvironment.loader(fixture),
      host: fixture.nativeElement as HTMLElement,
    };
  }

  it('lists each ended relationship with its end date and reason, and re-activates it', async () => {
    const { fixture, loader, host } = await render([ended], true);
    const reactivated: NetworkMember[] = [];
    fixture.componentInstance.reactivate.subscribe((member) => reactivated.push(member));

    expect(host.querySelector('.item')?.textContent).toContain('Old friend');
    expect(host.querySelector('.when')?.textContent?.trim()).toBe('Ended Jun 30, 2026: Moved away');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Re-activate' }))).click();

    expect(reactivated).toEqual([ended]);
  });

  it('offers no re-activation to readers', async () => {
    const { loader } = await render([ended], false);

    expect(await loader.getAllHarnesses(MatButtonHarness)).toEqual([]);
  });

  it('says when no relationship has ended', async () => {
    const { host } = await render([], true);

    expect(host.textContent).toContain('No relationship has ended.');
  });
});
