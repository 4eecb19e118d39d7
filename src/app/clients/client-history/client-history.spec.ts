import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { ManualClock } from '../../../testing/manual-clock';
import { CLOCK } from '../../core/time/clock';
import { HISTORY, problemWith } from '../testing/clients-fixtures';
import { ClientHistory } from './client-history';

describe('ClientHistory', () => {
  let fixture: ComponentFixture<ClientHistory>;
  let loader: HarnessLoader;

  async function render(inputs: Record<string, unknown>): Promise<void> {
    TestBed.configureTestingModule({ providers: [{ provide: CLOCK, useValue: new ManualClock() }] });
    fixture = TestBed.createComponent(ClientHistory);
    fixture.componentRef.setInput('entries', []);
    fixture.componentRef.setInput('status', 'loaded');
    fixture.componentRef.setInput('error', null);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  const items = () =>
    Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('li')).map((item) =>
      `${item.querySelector('.what')?.textContent?.trim()} — ${item.querySelector('time')?.textContent}`,
    );

  it('says who changed which fields, in words, and when', async () => {
    await render({ entries: HISTORY });

    expect(items()).toEqual([
      'Tess Therapist updated preferred name, case number — 4 days ago',
      'Tess Therapist added the client — Jan 15, 2026',
    ]);
    expect((fixture.nativeElement as HTMLElement).querySelector('time')?.getAttribute('datetime')).toBe(HISTORY[0].at);
  });

  it('describes status changes and reassignments', async () => {
    await render({
      entries: [
        { id: 'a', at: '2026-11-25T08:58:00Z', action: 'status-change', userName: 'Tess Therapist', fields: ['status', 'dischargedOn'] },
        { id: 'b', at: '2026-11-25T08:00:00Z', action: 'reassign', userName: 'Sam Supervisor', fields: ['therapistId'] },
      ],
    });

    expect(items()).toEqual([
      'Tess Therapist changed status, discharge date — 2 minutes ago',
      'Sam Supervisor reassigned the client — 1 hour ago',
    ]);
  });

  it('says when nothing is recorded yet', async () => {
    await render({});

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('No changes recorded yet.');
  });

  it('shows progress while loading', async () => {
    await render({ status: 'loading' });

    expect(await loader.getAllHarnesses(MatProgressBarHarness)).toHaveSize(1);
  });

  it('offers a retry when loading failed', async () => {
    await render({ status: 'failed', error: problemWith(500, { detail: 'Try again in a moment.' }) });
    let retried = false;
    fixture.componentInstance.retry.subscribe(() => (retried = true));

    expect((fixture.nativeElement as HTMLElement).textContent).toContain('Try again in a moment.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();
    expect(retried).toBeTrue();
  });
});
