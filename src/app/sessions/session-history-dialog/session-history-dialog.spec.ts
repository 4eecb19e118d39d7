import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, inject, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { SessionHistoryDialogActions } from '../session-history-dialog.actions';
import {
  CLIENT_ID,
  completedSession,
  revisionWith,
  sessionsStateShowing,
} from '../testing/sessions-fixtures';
import { sessionsStoreWith } from '../testing/sessions-store';
import { openSessionHistoryDialog } from './session-history-dialog';

@Component({
  selector: 'app-history-dialog-host',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class DialogHost {
  readonly injector = inject(Injector);
}

describe('SessionHistoryDialog', () => {
  it('lists each saved version with who, when, why and what changed', async () => {
    const session = completedSession({ amended: true, version: 3 });
    const items = [
      revisionWith(),
      revisionWith({
        version: 3,
        recordedAt: '2026-11-26T09:00:00.000Z',
        reason: 'Day added after call',
        session: { ...session, summary: 'Sister drives Tuesdays and Fridays.' },
      }),
    ];
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          initialState: sessionsStoreWith(
            'supervisor',
            sessionsStateShowing([session], {
              history: { sessionId: session.id, items, status: 'loaded', error: null },
            }),
          ),
        }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const dispatch = spyOn(TestBed.inject(MockStore), 'dispatch');
    const fixture = TestBed.createComponent(DialogHost);
    openSessionHistoryDialog(fixture.componentInstance.injector, {
      clientId: CLIENT_ID,
      session,
      memberNames: {},
    });
    const dialog =
      await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatDialogHarness);

    expect(dispatch).toHaveBeenCalledWith(
      SessionHistoryDialogActions.opened({ clientId: CLIENT_ID, sessionId: session.id }),
    );
    const text = await dialog.getText();
    expect(text).toContain('First record');
    expect(text).toContain('Change 1');
    expect(text).toContain('by Tess Therapist');
    expect(text).toContain('Reason: Day added after call');
    const rows = Array.from(document.querySelectorAll('.changes tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Summary', 'Sister will drive on Tuesdays.', 'Sister drives Tuesdays and Fridays.'],
    ]);
  });
});
