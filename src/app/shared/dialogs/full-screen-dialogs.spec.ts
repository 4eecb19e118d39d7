import { BreakpointObserver, type BreakpointState } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { BehaviorSubject, firstValueFrom } from 'rxjs';
import { FULL_SCREEN_DIALOG_CLASS, PHONE_QUERY, provideFullScreenDialogsOnPhones } from './full-screen-dialogs';

@Component({ template: '<p>Dialog body</p>', changeDetection: ChangeDetectionStrategy.OnPush })
class SomeDialog {}

describe('provideFullScreenDialogsOnPhones', () => {
  let phone: BehaviorSubject<BreakpointState>;
  let observedQueries: (string | readonly string[])[];

  const paneOf = (id: string) => document.getElementById(id)?.closest('.cdk-overlay-pane');

  beforeEach(() => {
    phone = new BehaviorSubject<BreakpointState>({ matches: true, breakpoints: {} });
    observedQueries = [];
    TestBed.configureTestingModule({
      providers: [
        provideFullScreenDialogsOnPhones(),
        {
          provide: BreakpointObserver,
          useValue: {
            observe: (query: string | readonly string[]) => {
              observedQueries.push(query);
              return phone;
            },
          },
        },
      ],
    });
    TestBed.inject(EnvironmentInjector);
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  it('opens every dialog over the whole screen on a phone, whatever size its opener asked for', async () => {
    const ref = TestBed.inject(MatDialog).open(SomeDialog, { id: 'on-phone', width: '44rem', maxWidth: '96vw' });
    await firstValueFrom(ref.afterOpened());

    expect(observedQueries).toEqual([PHONE_QUERY]);
    expect(paneOf('on-phone')?.classList).toContain(FULL_SCREEN_DIALOG_CLASS);
  });

  it('leaves dialogs at their own size on wider screens, and follows the screen while open', async () => {
    phone.next({ matches: false, breakpoints: {} });
    const ref = TestBed.inject(MatDialog).open(SomeDialog, { id: 'on-desktop' });
    await firstValueFrom(ref.afterOpened());
    expect(paneOf('on-desktop')?.classList).not.toContain(FULL_SCREEN_DIALOG_CLASS);

    phone.next({ matches: true, breakpoints: {} });
    expect(paneOf('on-desktop')?.classList).toContain(FULL_SCREEN_DIALOG_CLASS);

    phone.next({ matches: false, breakpoints: {} });
    expect(paneOf('on-desktop')?.classList).not.toContain(FULL_SCREEN_DIALOG_CLASS);
  });

  it('stops following the screen once the dialog is closed', async () => {
    const ref = TestBed.inject(MatDialog).open(SomeDialog, { id: 'closed' });
    await firstValueFrom(ref.afterOpened());
    const pane = paneOf('closed');
    ref.close();
    await firstValueFrom(ref.afterClosed());

    phone.next({ matches: false, breakpoints: {} });
    expect(pane?.classList).toContain(FULL_SCREEN_DIALOG_CLASS);
  });
});
