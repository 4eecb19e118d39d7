import { TestBed } from '@angular/core/testing';
import ClientTabPlaceholder from './client-tab-placeholder';

describe('ClientTabPlaceholder', () => {
  it('says the section is coming, in the sentence the route gives', async () => {
    const fixture = TestBed.createComponent(ClientTabPlaceholder);
    fixture.componentRef.setInput('icon', 'event');
    fixture.componentRef.setInput('message', 'Family sessions will be planned here.');
    await fixture.whenStable();

    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('h2')?.textContent).toBe('Coming soon');
    expect(host.querySelector('p')?.textContent).toBe('Family sessions will be planned here.');
  });
});
