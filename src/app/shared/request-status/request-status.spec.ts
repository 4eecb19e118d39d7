import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { RequestStatus } from './request-status';

describe('RequestStatus', () => {
  let fixture: ComponentFixture<RequestStatus>;

  async function render(loading: boolean, problem: { type: string; title: string; status: number; detail?: string } | null): Promise<void> {
    fixture = TestBed.createComponent(RequestStatus);
    fixture.componentRef.setInput('loading', loading);
    fixture.componentRef.setInput('problem', problem);
    fixture.componentRef.setInput('loadingLabel', 'Loading clients');
    await fixture.whenStable();
  }
  const host = () => fixture.nativeElement as HTMLElement;

  it('shows a labelled progress bar while loading, and no problem', async () => {
    await render(true, null);
    const bars = await TestbedHarnessEnvironment.loader(fixture).getAllHarnesses(MatProgressBarHarness);

    expect(bars).toHaveSize(1);
    expect(host().querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Loading clients');
    expect(host().querySelector('[role="alert"]')).toBeNull();
  });

  it('keeps the strip of the bar when nothing loads', async () => {
    await render(false, null);

    expect(host().querySelector('mat-progress-bar')).toBeNull();
    expect(host().querySelector<HTMLElement>('.progress')!.offsetHeight).toBe(4);
  });

  it('says what failed and retries on request', async () => {
    await render(false, { type: 'about:blank', title: 'Server error', status: 500, detail: 'The agenda could not be read.' });
    const retried = jasmine.createSpy('retry');
    fixture.componentInstance.retry.subscribe(retried);

    expect(host().querySelector('[role="alert"] p')?.textContent).toBe('The agenda could not be read.');
    await (await TestbedHarnessEnvironment.loader(fixture).getHarness(MatButtonHarness.with({ text: 'Retry' }))).click();

    expect(retried).toHaveBeenCalledTimes(1);
  });
});
