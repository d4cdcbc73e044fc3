import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1100, height: 1400 } });
const [url, name, ...ys] = process.argv.slice(2);
await p.goto('http://127.0.0.1:4334' + url);
for (const y of ys) { await p.evaluate((y) => window.scrollTo(0, Number(y)), y); await p.screenshot({ path: `/tmp/kits-wt/${name}-${y}.png` }); }
await b.close();
