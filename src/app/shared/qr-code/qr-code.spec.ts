import { TestBed } from '@angular/core/testing';
import { QrCode } from './qr-code';
import { qrDrawingOf } from './qr-path';

describe('QrCode', () => {
  it('renders the drawing as a labelled SVG image', async () => {
    const fixture = TestBed.createComponent(QrCode);
    fixture.componentRef.setInput('value', 'https://care.example.org/answer/#abc');
    fixture.componentRef.setInput('label', 'QR code of the answer link');
    await fixture.whenStable();

    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg');
    const drawing = qrDrawingOf('https://care.example.org/answer/#abc');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe('QR code of the answer link');
    expect(svg?.getAttribute('viewBox')).toBe(`0 0 ${drawing.size} ${drawing.size}`);
    expect(svg?.querySelector('path')?.getAttribute('d')).toBe(drawing.path);
  });
});
