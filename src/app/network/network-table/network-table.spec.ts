import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { memberNumber } from '../testing/network-fixtures';
import { NetworkTable } from './network-table';

describe('NetworkTable', () => {
  it('lists the same facts as the drawing, one row per member, with consent in words', async () => {
    const fixture = TestBed.createComponent(NetworkTable);
    fixture.componentRef.setInput('members', [
      memberNumber(1, { name: 'Maria Lopez' }),
      memberNumber(2, {
        name: 'Tuesday peer circle',
        relationship: 'peer-support-group',
        category: 'peers-groups',
        supportTypes: [],
        tieStrength: 'weak',
        tieQuality: 'mixed',
        energyFlow: 'to-client',
        contactFrequency: 'monthly',
        consent: { status: 'not-asked', scope: '', givenOn: null, expiresOn: null },
      }),
    ]);
    fixture.componentRef.setInput('onDate', '2026-11-25');
    fixture.componentRef.setInput('caption', 'Support network of Robin, today');
    const table = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTableHarness);

    expect(await (await table.getHeaderRows())[0].getCellTextByIndex()).toEqual([
      'Name',
      'Relationship',
      'Category',
      'Support given',
      'Tie strength',
      'Tie quality',
      'Support flows',
      'Contact',
      'Consent to share',
    ]);
    const rows = await table.getCellTextByIndex();
    expect(rows[0]).toEqual([
      'Maria Lopez',
      'Parent',
      'Family',
      'Emotional, Instrumental',
      'Strong',
      'Supportive',
      'Both ways',
      'Weekly',
      jasmine.stringContaining('Consent to share: current'),
    ]);
    expect(rows[1]).toEqual([
      'Tuesday peer circle',
      'Peer-support group',
      'Peers & groups',
      'None recorded',
      'Weak',
      'Mixed',
      'To the client',
      'Monthly',
      jasmine.stringContaining('Consent to share not asked'),
    ]);
    expect(
      (fixture.nativeElement as HTMLElement).querySelector('caption')?.textContent?.trim(),
    ).toBe('Support network of Robin, today');
  });
});
