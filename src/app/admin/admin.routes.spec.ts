import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Title } from '@angular/platform-browser';
import { provideRouter, Router, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideStore, Store } from '@ngrx/store';
import { PageTitleStrategy } from '../core/layout/page-title-strategy';

describe('admin routes', () => {
  async function visit(url: string): Promise<RouterTestingHarness> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'admin', loadChildren: () => import('./admin.routes') }]),
        provideStore(),
        provideEffects(),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: TitleStrategy, useExisting: PageTitleStrategy },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return harness;
  }

  it('opens the accounts page first', async () => {
    await visit('/admin');

    expect(TestBed.inject(Router).url).toBe('/admin/accounts');
    expect(TestBed.inject(Title).getTitle()).toBe('Accounts – CareCircle');
  });

  it('brings each page its own state, which asks the server for its first page', async () => {
    const pages = [
      { url: '/admin/accounts', heading: 'Accounts', slice: 'accounts', request: '/api/v1/users/search' },
      { url: '/admin/assignments', heading: 'Client assignment', slice: 'assignments', request: '/api/v1/clients/search' },
      { url: '/admin/audit', heading: 'Audit trail', slice: 'audit', request: '/api/v1/audit-events' },
    ];
    for (const { url, heading, slice, request } of pages) {
      TestBed.resetTestingModule();
      const harness = await visit(url);

      expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe(heading);
      expect(TestBed.inject(Title).getTitle()).toBe(`${heading} – CareCircle`);
      const state = TestBed.inject(Store).selectSignal((root: Record<string, unknown>) => root[slice]);
      expect(state()).withContext(slice).toEqual(jasmine.objectContaining({ loadStatus: 'loading' }));
      expect(TestBed.inject(HttpTestingController).match(({ url: requested }) => requested === request).length)
        .withContext(url)
        .toBeGreaterThan(0);
    }
  });
});
