// Writes src/Gehoord.Web/wwwroot/favicon.ico (16 and 32 px) from wwwroot/icon.svg, drawn by
// Chromium, so the two icons stay the same picture. Run after changing icon.svg:
//   cd tools/lighthouse && npm ci && node favicon.mjs
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const wwwroot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/Gehoord.Web/wwwroot');
const svg = fs.readFileSync(path.join(wwwroot, 'icon.svg'));
const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const pngs = [];
try {
  const page = await browser.newPage();
  for (const size of [16, 32]) {
    await page.setViewport({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${svg.toString('base64')}" width="${size}" height="${size}" style="display:block">`);
    await page.waitForFunction(() => document.images[0].complete);
    pngs.push([size, await page.screenshot({ omitBackground: true, type: 'png' })]);
  }
} finally {
  await browser.close();
}

// An ICO file with PNG images inside, which every current browser reads.
const header = Buffer.alloc(6);
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(pngs.length, 4);
let offset = 6 + 16 * pngs.length;
const entries = pngs.map(([size, png]) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size, 0);
  entry.writeUInt8(size, 1);
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += png.length;
  return entry;
});
fs.writeFileSync(path.join(wwwroot, 'favicon.ico'), Buffer.concat([header, ...entries, ...pngs.map(([, png]) => png)]));
console.log(`favicon.ico: ${offset} bytes`);
