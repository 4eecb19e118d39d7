import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.goto('http://localhost:4420/sign-in');
await page.getByLabel('Email').fill('therapist1@demo.carecircle.test');
await page.getByLabel('Password').fill('CareCircle-demo-2026');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.locator('main a.name').first().waitFor();
const href = await page.locator('main a.name').first().getAttribute('href');
page.on('request', (r) => { if (r.url().includes('/api/')) console.log('  ', r.method(), r.url().replace('http://localhost:4420', '')); });
for (const path of ['/caseload', href!]) {
  console.log('---', path);
  await page.addInitScript(() => {
    (window as any).__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries() as any[]) (window as any).__shifts.push({ t: Math.round(e.startTime), v: e.value.toFixed(4), src: e.sources.map((s: any) => { const n = s.node; return n ? (n.nodeName + '.' + (n.className?.toString?.() ?? '').slice(0, 50) + ' ' + JSON.stringify([s.previousRect.y, s.previousRect.height, s.currentRect.y, s.currentRect.height])) : '?'; }) }); }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('http://localhost:4420' + path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  console.log(JSON.stringify(await page.evaluate(() => (window as any).__shifts), null, 1));
}
await browser.close();
