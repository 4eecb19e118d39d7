import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { authStateWith } from '../testing/auth-fixtures';
import { App } from './app';
import { AppActions } from './app.actions';

describe('App', () => {
  let store: MockStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: authStateWith({ status: 'unknown' }) })],
    });
    store = TestBed.inject(MockStore);
  });

  it('asks for the session to be restored when it opens', () => {
    const dispatch = spyOn(store, 'dispatch');

    TestBed.createComponent(App);

    expect(dispatch).toHaveBeenCalledOnceWith(AppActions.opened());
  });

  it('shows progress while the session is checked', async () => {
    const fixture = TestBed.createComponent(App);
    const progress = () => (fixture.nativeElement as HTMLElement).querySelector('[role="progressbar"]');

    store.setState(authStateWith({ status: 'checking' }));
    await fixture.whenStable();
    expect(progress()?.getAttribute('aria-label')).toBe('Opening CareCircle');

    store.setState(authStateWith({ status: 'signed-out' }));
    await fixture.whenStable();
    expect(progress()).toBeNull();
  });
});
