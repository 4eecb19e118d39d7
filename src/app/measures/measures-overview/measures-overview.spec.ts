import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { sessionInfoFor, signedInState } from '../../../testing/auth-fixtures';
import { clientsStateWith } from '../../clients/testing/clients-fixtures';
import type { MeasuresState } from '../measures.feature';
import { CLIENT_ID, indicatorsWith, measureNumber, measuresStateWith, problemWith } from '../testing/measures-fixtures';
import { MeasuresOverview } from './measures-overview';

describe('MeasuresOverview', () => {
  let fixture: ComponentFixture<MeasuresOverview>;
  let dispatch: jasmine.Spy;

  async function render(measures: MeasuresState): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MeasuresOverview],
      providers: [
        provideRouter([]),
        provideMockStore({ initialState: { ...signedInState(sessionInfoFor('supervisor')), measures, clients: clientsStateWith() } }),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    // The trend chart is deferred: its metadata resolves asynchronously.
    await TestBed.compileComponents();
    dispatch = spyOn(TestBed.inject(MockStore), 'dispatch').and.callThrough();
    fixture = TestBed.createComponent(MeasuresOverview);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent!.replace(/\s+/g, ' ');

  it('opens the client’s measures and shows the flags (short) and latest scores', async () => {
    await render(measuresStateWith([measureNumber(1, 'ucla-3', [3, 3, 2])], { indicators: indicatorsWith({ flags: ['loneliness', 'decline'] }) }));

    // The Overview's one request brings the measures: the card asks for nothing itself.
    expect(dispatch).not.toHaveBeenCalled();
    expect(text()).toContain('Loneliness');
    expect(text()).toContain('Reliable decline since previous measure');
    expect(text()).not.toContain('The latest UCLA-3 total');
    expect(text()).toContain('Lonely');
    expect((fixture.nativeElement as HTMLElement).querySelector('a')!.getAttribute('href')).toBe('/measures');
  });

  it('does not show another client’s figures while this one loads', async () => {
    await render(measuresStateWith([measureNumber(1)], { clientId: 'someone-else' }));

    expect(text()).not.toContain('MSPSS');
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('says when nothing was measured, and when loading failed', async () => {
    await render(measuresStateWith([], { indicators: indicatorsWith({ latest: {}, flags: [] }) }));
    expect(text()).toContain('No clinical flags from measures.');
    expect(text()).toContain('No measures recorded yet.');

    TestBed.inject(MockStore).setState({
      ...signedInState(sessionInfoFor('supervisor')),
      measures: measuresStateWith([], { loadStatus: 'failed', indicators: null, loadError: problemWith(500, { detail: 'Down.' }) }),
      clients: clientsStateWith(),
    });
    await fixture.whenStable();
    expect(text()).toContain('The measures could not be loaded: Down.');
  });
});
