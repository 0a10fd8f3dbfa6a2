import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveReload, injectLiveReload, liveReloadTag } from '../src/lib/live-reload.js';
import { serveSite } from '../src/serve-site.js';

const root = mkdtempSync(join(tmpdir(), 'kap-live-reload-'));
const page = (text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head><body><main><h1>${text}</h1></main></body></html>\n`;
const liveReload = createLiveReload();
let server: Server;
let base = '';
let browser: Browser;
let tab: Page;

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), page('First version'));
  ({ server, url: base } = await serveSite({ root, liveReload }));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  tab = await browser.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  liveReload.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/** The raw event stream as one page receives it; `ended` settles when the server ends it. */
async function listen(url: string): Promise<{ received: () => string; ended: Promise<void> }> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => get(new URL('/__kap/events', url), resolve).on('error', reject));
  let text = '';
  response.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  return { received: () => text, ended: new Promise((resolve) => response.on('end', resolve)) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('createLiveReload', () => {
  it('sends a page that connects after a failed publish the problem at once, one data line per line', async () => {
    const reload = createLiveReload();
    const { server: own, url } = await serveSite({ root, liveReload: reload });
    reload.failed('content/articles/a.md:3:1 title: expected text, got nothing\ncontent/articles/b.md:1:1 slug: expected one');
    const stream = await listen(url);
    await settle();
    reload.published();
    await settle();
    reload.close();
    await stream.ended;
    await new Promise((resolve) => own.close(resolve));
    expect(stream.received()).toBe(
      'retry: 1000\n\n' +
        'event: problem\ndata: content/articles/a.md:3:1 title: expected text, got nothing\ndata: content/articles/b.md:1:1 slug: expected one\n\n' +
        'event: reload\ndata: published\n\n',
    );
  });

  it('sends nothing but the retry time to a page that connects after a good publish, and ends the stream on close', async () => {
    const reload = createLiveReload();
    const { server: own, url } = await serveSite({ root, liveReload: reload });
    reload.failed('content/articles/a.md:3:1 title: expected text, got nothing');
    reload.published();
    const stream = await listen(url);
    reload.close();
    await stream.ended;
    await new Promise((resolve) => own.close(resolve));
    expect(stream.received()).toBe('retry: 1000\n\n');
  });

  it('adds the tag before the last </body> of any case, and leaves every other byte alone', () => {
    const html = Buffer.from('<body>caf\u00e9 <code>&lt;/body&gt;</code></Body >\n', 'utf8');
    expect(injectLiveReload(html).toString('utf8')).toBe(`<body>caf\u00e9 <code>&lt;/body&gt;</code>${liveReloadTag}</Body >\n`);
    const invalid = Buffer.from([0xff, 0xfe, 0x3c]);
    expect(injectLiveReload(invalid).equals(Buffer.concat([invalid, Buffer.from(liveReloadTag)]))).toBe(true);
  });
});

describe('live reload in a real browser', () => {
  it('reloads an open page when the site is published again', async () => {
    // Published only once the page listens, as an event sent before that is not seen.
    await Promise.all([tab.waitForResponse((response) => response.url().endsWith('/__kap/events')), tab.goto(base)]);
    await tab.getByRole('heading', { name: 'First version' }).waitFor();
    writeFileSync(join(root, 'index.html'), page('Second version'));
    liveReload.published();
    await tab.getByRole('heading', { name: 'Second version' }).waitFor({ timeout: 10_000 });
  });

  it('shows a failed publish over the page, with focus on Hide, until the next good publish', async () => {
    await Promise.all([tab.waitForResponse((response) => response.url().endsWith('/__kap/events')), tab.reload()]);
    const message = 'content/articles/a.md:3:1 title: expected text, got nothing';
    liveReload.failed(message);
    const overlay = tab.getByRole('alertdialog', { name: 'The site could not be rebuilt' });
    await overlay.waitFor({ timeout: 10_000 });
    expect(await overlay.getByText(message, { exact: true }).isVisible()).toBe(true);
    const hide = overlay.getByRole('button', { name: 'Hide' });
    // Focus inside the overlay's shadow root shows as the shadow root's active element.
    expect(await hide.evaluate((button) => (button.getRootNode() as { activeElement?: unknown }).activeElement === button)).toBe(true);
    // The page beneath is the last good one.
    expect(await tab.getByRole('heading', { name: 'Second version', includeHidden: true }).count()).toBe(1);

    writeFileSync(join(root, 'index.html'), page('Third version'));
    liveReload.published();
    await tab.getByRole('heading', { name: 'Third version' }).waitFor({ timeout: 10_000 });
    expect(await overlay.count()).toBe(0);
  });

  it('shows a problem from before the page opened, and hides it on Hide', async () => {
    liveReload.failed('content/articles/b.md:1:1 slug: expected one');
    await tab.reload();
    const overlay = tab.getByRole('alertdialog', { name: 'The site could not be rebuilt' });
    await overlay.waitFor({ timeout: 10_000 });
    await overlay.getByRole('button', { name: 'Hide' }).click();
    await overlay.waitFor({ state: 'hidden' });
    expect(await tab.getByRole('heading', { name: 'Third version' }).isVisible()).toBe(true);
    liveReload.published();
  });
});
