import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { initialNetworkState, type NetworkState } from '../network.feature';
import { CLIENT_ID, summaryWith } from '../testing/network-fixtures';
import { NetworkSummaryPanel } from './network-summary-panel';

describe('NetworkSummaryPanel', () => {
  let fixture: ComponentFixture<NetworkSummaryPanel>;
  let store: MockStore;

  async function render(network: NetworkState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideMockStore({ initialState: { network } })],
    });
    store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    fixture = TestBed.createComponent(NetworkSummaryPanel);
    fixture.componentRef.setInput('clientId', CLIENT_ID);
    await fixture.whenStable();
  }

  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it("asks for the client's network of today when it opens, and shows loading meanwhile", async () => {
    await render(initialNetworkState);
    // The Overview's one request brings the network: the panel asks for nothing itself.
    expect(store.dispatch).not.toHaveBeenCalled();
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-progress-bar')).not.toBeNull();
  });

  it("shows today's figures for this client and a link to the network", async () => {
    await render({
      ...initialNetworkState,
      clientId: CLIENT_ID,
      loadStatus: 'loaded',
      shown: { asOf: '2026-11-25', current: true, summary: summaryWith({ activeMembers: 7, strainedOrHarmfulTies: 2 }) },
    });
    expect(text()).toContain('Support network today');
    expect(text()).toContain('7');
    expect(text()).toContain('Open the support network');
  });

  it("does not show a past date's figures, nor another client's", async () => {
    await render({
      ...initialNetworkState,
      clientId: 'another-client',
      loadStatus: 'loaded',
      shown: { asOf: '2026-11-25', current: true, summary: summaryWith({ activeMembers: 99 }) },
    });
    expect(text()).not.toContain('99');
  });

  it('says so when the summary cannot be loaded', async () => {
    await render({
      ...initialNetworkState,
      clientId: CLIENT_ID,
      loadStatus: 'failed',
      loadError: { type: 'about:blank', title: 'Failed', status: 500, detail: 'Server unavailable' },
    });
    expect(text()).toContain('could not be loaded: Server unavailable');
  });
});
