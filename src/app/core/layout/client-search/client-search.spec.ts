import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { CLIENT_SEARCH_LIMIT, ClientSearch } from './client-search';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ClientSearch', () => {
  let http: HttpTestingController;
  let navigate: jasmine.Spy;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    navigate = spyOn(TestBed.inject(Router), 'navigate').and.resolveTo(true);
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ClientSearch);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const input = host.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
      await wait(250);
      await fixture.whenStable();
    };
    const key = async (name: string) => {
      input.dispatchEvent(
        new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
      );
      await fixture.whenStable();
    };
    const options = () => [...host.querySelectorAll<HTMLElement>('[role="option"]')];
    return { fixture, host, input, type, key, options };
  }

  const rows = [
    { id: 'c-1', preferredName: 'Ava', caseNumber: 'CC-1' },
    { id: 'c-2', preferredName: 'Avi', caseNumber: 'CC-2' },
  ];

  afterEach(() => http.verify());

  it('asks the caseload search for the first matches of any status and lists them', async () => {
    const { input, type, options, fixture, host } = await render();
    await type('Av');

    // A POST so the typed name stays out of the URL (and out of proxy and browser logs).
    const request = http.expectOne({ method: 'POST', url: '/api/v1/clients/search' });
    expect(request.request.urlWithParams).toBe('/api/v1/clients/search');
    expect(request.request.body).toEqual(jasmine.objectContaining({ search: 'Av', status: 'all', pageSize: CLIENT_SEARCH_LIMIT }));
    request.flush({ items: rows, total: 2, page: 1, pageSize: CLIENT_SEARCH_LIMIT });
    await fixture.whenStable();

    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(options().map((option) => option.getAttribute('aria-label'))).toEqual([
      'Ava, case CC-1',
      'Avi, case CC-2',
    ]);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('2 clients shown.');
  });

  it('starts loading the client page\'s code as soon as a name is typed', async () => {
    const meta = document.createElement('meta');
    meta.name = 'client-page-modules';
    meta.content = 'chunk-ClientPageForSearch.js';
    document.head.append(meta);
    // Caught rather than added, so the test asks the server for no file that does not exist.
    const appended: Node[] = [];
    spyOn(document.head, 'appendChild').and.callFake(<T extends Node>(node: T) => (appended.push(node), node));
    try {
      const { type } = await render();
      await type('A');

      const preloads = appended.filter((node): node is HTMLLinkElement => node instanceof HTMLLinkElement && node.rel === 'modulepreload');
      expect(preloads.map((link) => link.getAttribute('href'))).toEqual(['chunk-ClientPageForSearch.js']);
    } finally {
      meta.remove();
    }
  });

  it('waits for two characters before asking', async () => {
    const { type } = await render();
    await type('A');
    http.expectNone('/api/v1/clients/search');
  });

  it('moves through the matches with the arrow keys and opens the chosen client with Enter', async () => {
    const { input, type, key, fixture } = await render();
    await type('Av');
    http
      .expectOne({ method: 'POST', url: '/api/v1/clients/search' })
      .flush({ items: rows, total: 2, page: 1, pageSize: 8 });
    await fixture.whenStable();

    await key('ArrowDown');
    await key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('client-search-option-1');
    await key('Enter');

    expect(navigate).toHaveBeenCalledWith(['/clients', 'c-2']);
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('takes focus on "/" pressed outside a field, and leaves "/" alone inside one', async () => {
    const { input } = await render();
    const other = document.body.appendChild(document.createElement('textarea'));
    try {
      const inField = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
      other.dispatchEvent(inField);
      expect(inField.defaultPrevented).toBeFalse();
      expect(document.activeElement).not.toBe(input);

      const outside = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
      document.body.dispatchEvent(outside);
      expect(outside.defaultPrevented).toBeTrue();
      expect(document.activeElement).toBe(input);
    } finally {
      other.remove();
    }
  });
});
