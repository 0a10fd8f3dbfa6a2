// Draws src/assets/favicon.svg at 16, 32 and 48 pixels in Debian's Chromium and packs the
// images into src/assets/favicon.ico, for browsers and tools that ask for /favicon.ico.
// Run it by hand after changing the SVG: npx tsx scripts/make-favicon-ico.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const assets = join(import.meta.dirname, '..', 'src', 'assets');
const svg = readFileSync(join(assets, 'favicon.svg'));
const sizes = [16, 32, 48];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
const images: Buffer[] = [];
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  await page.setContent(`<body style="margin:0"><img style="display:block;width:${size}px;height:${size}px" src="${src}" alt="">`);
  images.push(await page.screenshot({ omitBackground: true }));
}
await browser.close();

// An ICO file: a 6-byte header, a 16-byte entry per image, then the images, here PNGs.
const header = Buffer.alloc(6);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length + 16 * images.length;
const entries = images.map((image, index) => {
  const entry = Buffer.alloc(16);
  entry[0] = sizes[index] ?? 0;
  entry[1] = sizes[index] ?? 0;
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(image.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += image.length;
  return entry;
});
writeFileSync(join(assets, 'favicon.ico'), Buffer.concat([header, ...entries, ...images]));
console.log(`Wrote favicon.ico: ${sizes.join(', ')} pixels`);
