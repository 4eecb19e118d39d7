import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { TEN_RECOVERY_CODES } from '../../../../testing/two-factor-fixtures';
import { RecoveryCodes } from './recovery-codes';

describe('RecoveryCodes', () => {
  let fixture: ComponentFixture<RecoveryCodes>;
  let loader: HarnessLoader;

  beforeEach(async () => {
    fixture = TestBed.createComponent(RecoveryCodes);
    fixture.componentRef.setInput('codes', TEN_RECOVERY_CODES);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const host = () => fixture.nativeElement as HTMLElement;

  it('lists every code and takes focus with its heading', () => {
    expect([...host().querySelectorAll('li')].map((item) => item.textContent!.trim())).toEqual([...TEN_RECOVERY_CODES]);
    expect(document.activeElement).toBe(host().querySelector('h2'));
  });

  it('copies the codes one per line and says so', async () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').and.resolveTo();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Copy/ }))).click();
    await fixture.whenStable();
    expect(writeText).toHaveBeenCalledWith(TEN_RECOVERY_CODES.join('\n'));
    expect(host().querySelector('[role="status"]')!.textContent).toContain('Codes copied.');
  });

  it('says what to do when copying is not allowed', async () => {
    spyOn(navigator.clipboard, 'writeText').and.rejectWith(new Error('denied'));
    await (await loader.getHarness(MatButtonHarness.with({ text: /Copy/ }))).click();
    await fixture.whenStable();
    expect(host().querySelector('[role="status"]')!.textContent).toContain('print them');
  });

  it('prints, and tells when the user saved them', async () => {
    const print = spyOn(window, 'print');
    let saved = 0;
    fixture.componentInstance.saved.subscribe(() => saved++);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Print/ }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'I saved them' }))).click();
    expect(print).toHaveBeenCalled();
    expect(saved).toBe(1);
  });
});
