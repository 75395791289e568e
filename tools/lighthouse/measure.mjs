// Runs Lighthouse (mobile, simulated slow 4G: its default preset) over the public pages and
// prints the performance score and First Contentful Paint of each (scripts/lighthouse.sh).
// Usage: node measure.mjs BASE_URL [REPORT_DIR]
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import fs from 'node:fs';
import path from 'node:path';

const [base, reportDir] = process.argv.slice(2);
if (!base) {
  console.error('usage: node measure.mjs BASE_URL [REPORT_DIR]');
  process.exit(2);
}
const pages = [['home', '/'], ['klacht', '/klacht'], ['volgen', '/volgen']];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox'],
});
const rows = [];
try {
  for (const [name, address] of pages) {
    const result = await lighthouse(base + address, { port: chrome.port, onlyCategories: ['performance'], output: 'html', logLevel: 'error' });
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${address}: ${lhr.runtimeError.message}`);
    if (reportDir) {
      fs.mkdirSync(reportDir, { recursive: true });
      fs.writeFileSync(path.join(reportDir, `${name}.html`), result.report);
    }
    rows.push({
      page: address,
      performance: Math.round(lhr.categories.performance.score * 100),
      fcp: lhr.audits['first-contentful-paint'].displayValue,
      lcp: lhr.audits['largest-contentful-paint'].displayValue,
      bytes: lhr.audits['total-byte-weight'].numericValue,
    });
  }
} finally {
  await chrome.kill();
}
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, simulated slow 4G`);
console.log('| Page | Performance | First Contentful Paint | Largest Contentful Paint | Bytes transferred |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| \`${r.page}\` | ${r.performance} | ${r.fcp} | ${r.lcp} | ${Math.round(r.bytes / 1024)} KiB |`);
