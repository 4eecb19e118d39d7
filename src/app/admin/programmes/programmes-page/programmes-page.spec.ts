import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { CommunityProgramme } from '@domain/community/programme';
import ProgrammesPage from './programmes-page';

const URL = '/api/v1/community-programmes';

function programme(changes: Partial<CommunityProgramme> = {}): CommunityProgramme {
  return {
    id: 'p1',
    name: 'Riverside walking group',
    kind: 'peer-support-group',
    contactName: 'Mo',
    phone: '',
    email: '',
    website: '',
    area: 'North',
    notes: '',
    active: true,
    version: 1,
    createdAt: 'x',
    createdBy: 'a',
    updatedAt: 'x',
    updatedBy: 'a',
    ...changes,
  };
}

describe('ProgrammesPage', () => {
  let fixture: ComponentFixture<ProgrammesPage>;
  let http: HttpTestingController;
  let host: HTMLElement;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProgrammesPage);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
  }

  async function settle(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  const button = (text: string) => Array.from(host.querySelectorAll('button')).find((b) => b.textContent!.includes(text)) as HTMLButtonElement;

  afterEach(() => http.verify());

  it('shows loading, then the programmes with retired ones marked', async () => {
    await render();
    expect(host.querySelector('app-request-status mat-progress-bar, app-request-status [role="progressbar"]')).not.toBeNull();
    http.expectOne(URL).flush({ items: [programme(), programme({ id: 'p2', name: 'Old club', active: false })] });
    await settle();
    expect(Array.from(host.querySelectorAll('.programme-name')).map((h) => h.textContent)).toEqual(['Riverside walking group', 'Old club']);
    expect(host.querySelector('.inactive-chip')?.textContent).toContain('Inactive');
  });

  it('says so when the directory is empty, and offers Retry when the load fails', async () => {
    await render();
    http.expectOne(URL).flush({ items: [] });
    await settle();
    expect(host.textContent).toContain('No programmes yet');

    TestBed.resetTestingModule();
    await render();
    http.expectOne(URL).flush({ type: 'x', title: 'Server error', status: 500, detail: 'Broken' }, { status: 500, statusText: 'Error' });
    await settle();
    button('Retry').click();
    http.expectOne(URL).flush({ items: [programme()] });
    await settle();
    expect(host.querySelector('.programme-name')?.textContent).toBe('Riverside walking group');
  });

  it("checks the form as the server would before sending, and shows the server's message beside the field it names", async () => {
    await render();
    http.expectOne(URL).flush({ items: [] });
    await settle();
    button('Add programme').click();
    await settle();
    (host.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await settle();
    http.expectNone({ method: 'POST', url: URL });
    expect(host.querySelector('.field-error')?.textContent).toContain('Required.');
    const name = host.querySelector('input[name="name"]') as HTMLInputElement;
    name.value = 'Riverside walking group';
    name.dispatchEvent(new Event('input'));
    await settle();
    (host.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const post = http.expectOne({ method: 'POST', url: URL });
    expect(post.request.body.name).toBe('Riverside walking group');
    post.flush({ type: 'x', title: 'Invalid request', status: 400, detail: 'Some fields need attention.', errors: [{ field: 'name', message: 'Already in the directory.' }] }, { status: 400, statusText: 'Bad' });
    await settle();
    expect(host.querySelector('.field-error')?.textContent).toContain('Already in the directory.');
  });

  it('shows the conflict notice on a stale change, and Discard shows the programme as it is now', async () => {
    await render();
    http.expectOne(URL).flush({ items: [programme()] });
    await settle();
    button('Change').click();
    await settle();
    (host.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const put = http.expectOne({ method: 'PUT', url: `${URL}/p1` });
    expect(put.request.body.version).toBe(1);
    put.flush({ type: 'x', title: 'Changed', status: 409, current: programme({ version: 2, area: 'South' }) }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(host.querySelector('app-conflict-notice')?.textContent).toContain('South');
    button('Discard').click();
    await settle();
    expect(host.querySelector('app-conflict-notice')).toBeNull();
    expect((host.querySelector('input[name="area"]') as HTMLInputElement).value).toBe('South');
  });
});
