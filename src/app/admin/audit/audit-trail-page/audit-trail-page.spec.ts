import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { PagerHarness } from '../../../shared/pager/testing/pager-harness';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { accountWith, auditEventWith, auditStateWith, problemWith, THERAPIST_ID } from '../../testing/admin-fixtures';
import { AuditTrailPageActions } from '../audit-trail-page.actions';
import { DEFAULT_AUDIT_QUERY, NO_AUDIT_FILTERS, type AuditState } from '../audit.feature';
import AuditTrailPage from './audit-trail-page';

describe('AuditTrailPage', () => {
  let fixture: ComponentFixture<AuditTrailPage>;
  let store: MockStore;
  let dispatch: jasmine.Spy;
  let loader: HarnessLoader;
  const update = auditEventWith();
  const failedSignIn = auditEventWith({
    id: '0190a1b2-4444-7000-8000-000000000002',
    userId: null,
    userName: null,
    action: 'sign-in-failed',
    recordType: null,
    recordId: null,
    outcome: 'failure',
    fields: [],
  });
  const users = [accountWith(), accountWith({ id: '0190a1b2-2222-7000-8000-0000000000f0', name: 'Theo Former', active: false })];
  const loaded = auditStateWith({ loadStatus: 'loaded', total: 2, users, usersStatus: 'loaded' }, [update, failedSignIn]);

  async function render(audit: AuditState = loaded): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideMockStore({ initialState: { audit } }), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    store = TestBed.inject(MockStore);
    dispatch = spyOn(store, 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(AuditTrailPage);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const choose = async (label: string, option: string | RegExp) => {
    const select = (await (await field(label)).getControl(MatSelectHarness))!;
    await select.open();
    await select.clickOptions({ text: option });
  };
  const enterDate = async (label: string, value: string) => {
    const input = (await (await field(label)).getControl(MatInputHarness))!;
    await input.setValue(value);
    await (await input.host()).dispatchEvent('change');
  };
  const filtersDispatched = () =>
    dispatch.calls.allArgs().filter(([action]) => action.type === AuditTrailPageActions.filtersChanged.type);

  it('asks for the events when it opens and says that events cannot be changed', async () => {
    await render();

    expect(dispatch).toHaveBeenCalledWith(AuditTrailPageActions.opened());
    expect(text()).toContain('nobody can edit or delete them');
  });

  it('lists time, user, action, record, outcome and changed fields', async () => {
    await render();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['user'].text).toEqual(['Tess Therapist', 'Unknown']);
    expect(cells['action'].text).toEqual(['Update', 'Failed sign-in']);
    expect(cells['recordType'].text).toEqual(['Client', '—None']);
    expect(cells['recordId'].text).toEqual([update.recordId!, '—None']);
    expect(cells['outcome'].text).toEqual(['Success', 'Failure']);
    expect(cells['fields'].text).toEqual(['preferredName, pronouns', '—None']);
    expect(cells['at'].text[0]).toMatch(/^25 Nov 2026, \d\d:30:15$/);
  });

  it('names the self-report request as the actor of an answer sent through a link', async () => {
    const requestId = '0190a1b2-4444-7000-8000-0000000000aa';
    const submitted = auditEventWith({
      id: '0190a1b2-4444-7000-8000-000000000003',
      userId: null,
      userName: null,
      actorRequestId: requestId,
      action: 'self-report-submitted',
      recordType: 'self-report-request',
      recordId: requestId,
      fields: [],
    });
    await render(auditStateWith({ loadStatus: 'loaded', total: 2, users, usersStatus: 'loaded' }, [submitted, failedSignIn]));
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();

    expect(cells['user'].text).toEqual([`Self-report link, request${requestId}`, 'Unknown']);
    expect(cells['action'].text[0]).toBe('Self-report answered');
    expect(cells['recordType'].text[0]).toBe('Self-report request');
  });

  it('shows the record id in monospace, truncated, with the full value at hand', async () => {
    await render();
    const recordId = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('.record-id');

    expect(recordId?.classList).toContain('mono');
    expect(recordId?.getAttribute('tabindex')).toBe('0');
    expect(recordId?.textContent).toBe(update.recordId!);
  });

  it('filters by user, action, record type and outcome', async () => {
    await render();

    await choose('User', 'Tess Therapist');
    expect(filtersDispatched().at(-1)?.[0]).toEqual(
      AuditTrailPageActions.filtersChanged({ filters: { ...NO_AUDIT_FILTERS, userId: THERAPIST_ID } }),
    );

    await choose('Action', 'Sign-in');
    await choose('Record type', 'Account');
    await choose('Outcome', 'Denied');
    expect(filtersDispatched().at(-1)?.[0]).toEqual(
      AuditTrailPageActions.filtersChanged({
        filters: { ...NO_AUDIT_FILTERS, userId: THERAPIST_ID, action: 'sign-in', recordType: 'user', outcome: 'denied' },
      }),
    );
  });

  it('marks former staff in the user filter', async () => {
    await render();
    const select = (await (await field('User')).getControl(MatSelectHarness))!;
    await select.open();

    expect(await Promise.all((await select.getOptions()).map((option) => option.getText()))).toEqual([
      'Anyone',
      'Tess Therapist',
      'Theo Former (inactive)',
    ]);
  });

  it('filters by dates and refuses a "to" before "from" without asking the server', async () => {
    await render();

    await enterDate('From', '2026-11-20');
    expect(filtersDispatched().at(-1)?.[0]).toEqual(
      AuditTrailPageActions.filtersChanged({ filters: { ...NO_AUDIT_FILTERS, from: '2026-11-20' } }),
    );

    dispatch.calls.reset();
    await enterDate('To', '2026-11-10');
    expect(await (await field('To')).getTextErrors()).toEqual(['Must not be before "from".']);
    expect(filtersDispatched()).toEqual([]);
  });

  it('clears the filters', async () => {
    await render({ ...loaded, query: { ...DEFAULT_AUDIT_QUERY, action: 'sign-in' } });

    expect(await (await (await field('Action')).getControl(MatSelectHarness))!.getValueText()).toBe('Sign-in');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Clear filters' }))).click();

    expect(dispatch).toHaveBeenCalledWith(AuditTrailPageActions.filtersCleared());
    expect(await (await (await field('Action')).getControl(MatSelectHarness))!.getValueText()).toBe('Any action');
  });

  it('pages on the server', async () => {
    await render({ ...loaded, total: 80 });

    await (await loader.getHarness(PagerHarness)).goToNextPage();

    expect(dispatch).toHaveBeenCalledWith(AuditTrailPageActions.pageChanged({ page: 2, pageSize: 25 }));
  });

  it('says so when no event matches the filters', async () => {
    await render(auditStateWith({ loadStatus: 'loaded', query: { ...DEFAULT_AUDIT_QUERY, outcome: 'denied' } }));

    expect(text()).toContain('No events match');
    expect(text()).toContain('Try other filters or a wider date range.');
  });

  it('shows a failed load with a way to try again', async () => {
    await render(auditStateWith({ loadStatus: 'failed', loadError: problemWith(500, { detail: 'Something broke.' }) }));

    expect(text()).toContain('Could not load the audit trail. Something broke.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    expect(dispatch).toHaveBeenCalledWith(AuditTrailPageActions.retryClicked());
  });
});
