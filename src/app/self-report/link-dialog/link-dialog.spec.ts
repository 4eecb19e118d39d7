import { Clipboard } from '@angular/cdk/clipboard';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, Injector } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router } from '@angular/router';
import { provideRouter } from '@angular/router';
import { CLIENT_ID, issuedWith, LINK, requestNumber } from '../testing/self-report-fixtures';
import { openLinkDialog } from './link-dialog';

@Component({ selector: 'app-link-dialog-host', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class DialogHost {}

describe('LinkDialog', () => {
  let fixture: ComponentFixture<DialogHost>;
  let loader: HarnessLoader;
  let clipboard: jasmine.SpyObj<Clipboard>;
  const request = requestNumber(9, { instruments: ['mspss', 'ucla-3'] });

  beforeEach(() => {
    clipboard = jasmine.createSpyObj<Clipboard>('Clipboard', ['copy']);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: Clipboard, useValue: clipboard },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(DialogHost);
    openLinkDialog(TestBed.inject(Injector), { clientId: CLIENT_ID, issued: issuedWith(request) });
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  });

  const container = () => document.querySelector('mat-dialog-container')!;
  const status = () => container().querySelector('[role="status"]')!.textContent!.trim();

  it('shows the link in a labelled field, and its QR code', async () => {
    await fixture.whenStable();
    const field = container().querySelector<HTMLInputElement>('input#self-report-link')!;
    expect(field.value).toBe(LINK);
    expect(container().querySelector('label[for="self-report-link"]')?.textContent).toContain('Link');
    expect(container().querySelector('app-qr-code svg[role="img"]')?.getAttribute('aria-label')).toContain('QR code');
    expect(container().textContent).toContain('MSPSS, UCLA-3');
  });

  it('says nothing of an earlier link for a new request', async () => {
    await fixture.whenStable();
    expect(container().textContent).not.toContain('earlier link');
    expect(container().textContent).not.toContain('emailed');
  });

  it('copies the link and says so; says how to copy by hand when the browser refuses', async () => {
    clipboard.copy.and.returnValue(true);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Copy link/ }))).click();
    expect(clipboard.copy).toHaveBeenCalledOnceWith(LINK);
    expect(status()).toBe('Link copied.');

    clipboard.copy.and.returnValue(false);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Copy link/ }))).click();
    expect(status()).toContain('copy it by hand');
  });

  it('opens the printable handout with the link in router state, never in the URL', async () => {
    const navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Print handout/ }))).click();

    const [commands, extras] = navigate.calls.mostRecent().args;
    expect(commands).toEqual(['/clients', CLIENT_ID, 'self-report-handout', request.id]);
    expect(JSON.stringify(commands)).not.toContain('abcdefghij');
    expect(extras?.state).toEqual({ link: LINK, instruments: ['mspss', 'ucla-3'], expiresAt: request.expiresAt });
    expect(extras?.queryParams).toBeUndefined();
  });
});
