// Pixel comparison of two screenshot folders (scripts/screenshots.sh): per picture, whether the
// sizes match and how many pixels differ. Chromium decodes the PNGs, so no image library is needed.
// Usage: node compare.mjs BEFORE_DIR AFTER_DIR   (exit code 1 when a picture differs)
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir) {
  console.error('usage: node compare.mjs BEFORE_DIR AFTER_DIR');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox'],
});
let differs = false;
try {
  const page = await browser.newPage();
  for (const name of fs.readdirSync(beforeDir).filter(n => n.endsWith('.png')).sort()) {
    const afterFile = path.join(afterDir, name);
    if (!fs.existsSync(afterFile)) {
      console.log(`${name}: missing after`);
      differs = true;
      continue;
    }
    const dataUrl = file => 'data:image/png;base64,' + fs.readFileSync(file).toString('base64');
    const result = await page.evaluate(async (a, b) => {
      const load = src => new Promise((resolve, reject) => { const img = new Image(); img.onload = () => resolve(img); img.onerror = reject; img.src = src; });
      const [x, y] = await Promise.all([load(a), load(b)]);
      const pixels = img => {
        const canvas = new OffscreenCanvas(img.width, img.height);
        const context = canvas.getContext('2d');
        context.drawImage(img, 0, 0);
        return context.getImageData(0, 0, img.width, img.height).data;
      };
      if (x.width !== y.width || x.height !== y.height) return { size: `${x.width}x${x.height} -> ${y.width}x${y.height}` };
      const p = pixels(x), q = pixels(y);
      let different = 0, top = Infinity, bottom = -1;
      for (let i = 0; i < p.length; i += 4) {
        if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2] || p[i + 3] !== q[i + 3]) {
          different++;
          const row = Math.floor(i / 4 / x.width);
          top = Math.min(top, row);
          bottom = Math.max(bottom, row);
        }
      }
      return { size: `${x.width}x${x.height}`, different, rows: different ? ` (rows ${top}-${bottom})` : '' };
    }, dataUrl(path.join(beforeDir, name)), dataUrl(afterFile));
    if (result.different !== 0) differs = true;
    console.log(`${name}: ${result.size}, ${result.different ?? 'n/a'} pixels differ${result.rows ?? ''}`);
  }
} finally {
  await browser.close();
}
process.exit(differs ? 1 : 0);
