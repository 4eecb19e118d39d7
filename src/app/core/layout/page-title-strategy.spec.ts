import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, TitleStrategy } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PageTitleStrategy } from './page-title-strategy';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('PageTitleStrategy', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'agenda', title: 'Agenda', component: Blank },
          { path: 'untitled', component: Blank },
        ]),
        { provide: TitleStrategy, useExisting: PageTitleStrategy },
      ],
    });
  });

  it('puts the page first and the app name after it', async () => {
    await (await RouterTestingHarness.create()).navigateByUrl('/agenda');

    expect(TestBed.inject(Title).getTitle()).toBe('Agenda – CareCircle');
  });

  it('falls back to the app name', async () => {
    await (await RouterTestingHarness.create()).navigateByUrl('/untitled');

    expect(TestBed.inject(Title).getTitle()).toBe('CareCircle');
  });
});
