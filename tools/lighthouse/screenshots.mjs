// Full-page screenshots of the public pages and a few staff pages at 1366 px and 390 px,
// to compare the look before and after a stylesheet change (scripts/screenshots.sh).
// Usage: node screenshots.mjs BASE_URL OUTPUT_DIR
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';

const [base, out] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: node screenshots.mjs BASE_URL OUTPUT_DIR');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });

const publicPages = [
  ['home', '/'],
  ['klacht', '/klacht'],
  ['volgen', '/volgen'],
  ['en-complaint', '/en/complaint'],
  ['en-track', '/en/track'],
  ['login', '/Account/Login'],
];
const widths = [1366, 390];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--font-render-hinting=none', '--disable-gpu'],
});

async function shoot(page, name, width) {
  await page.setViewport({ width, height: 900 });
  // Fonts and layout settle before the picture, so two runs of the same page match.
  await page.evaluate(() => document.fonts.ready);
  const file = path.join(out, `${name}-${width}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}

try {
  const page = await browser.newPage();
  for (const [name, address] of publicPages) {
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      await page.goto(base + address, { waitUntil: 'load' });
      await shoot(page, name, width);
    }
  }

  // A handler's pages; the case is the first one in the inbox.
  await page.goto(base + '/Account/Login', { waitUntil: 'load' });
  await page.type('input[name="Input.Email"]', 'behandelaar@voorbeeld.nl');
  await page.type('input[name="Input.Password"]', 'Behandelaar-Demo-2026');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('main button[type="submit"], main input[type="submit"]')]);
  await page.goto(base + '/Staff/Inbox', { waitUntil: 'load' });
  const casePath = await page.$$eval('a[href*="/Staff/Klachten/"]', links => links.map(a => a.getAttribute('href')).find(h => /\/Staff\/Klachten\/[^/?#]+$/.test(h)));
  const staffPages = [['staff', '/Staff'], ['staff-inbox', '/Staff/Inbox']];
  if (casePath) staffPages.push(['staff-case', casePath]);
  for (const [name, address] of staffPages) {
    for (const width of widths) {
      await page.setViewport({ width, height: 900 });
      await page.goto(base + address, { waitUntil: 'load' });
      await shoot(page, name, width);
    }
  }
} finally {
  await browser.close();
}
