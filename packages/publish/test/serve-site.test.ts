import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingMessage, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveReload } from '../src/lib/live-reload.js';
import { serveSite } from '../src/serve-site.js';

const root = mkdtempSync(join(tmpdir(), 'kap-serve-'));
const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Home</title>',
  '404.html': '<!doctype html><title>Not found</title>',
  'articles/one/index.html': '<!doctype html><title>One</title>',
  'text/one.txt': 'One.\n',
  'feed.xml': '<rss/>',
  'atom.xml': '<feed/>',
  'feed.json': '{}',
  'topics/ptsd/feed.xml': '<rss/>',
  'feed-archive/1/atom.xml': '<feed/>',
  'topics/ptsd/feed-archive/2/feed.json': '{}',
  'sitemap.xml': '<urlset/>',
  'styles.css': 'body{}',
  'articles/two/index.html': '<!doctype html><title>Two</title><body><p>Two</p><!-- the end --></BODY></html>\n',
};
let server: Server;
let base = '';
const liveReload = createLiveReload();
let liveServer: Server;
let liveBase = '';

beforeAll(async () => {
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  ({ server, url: base } = await serveSite({ root }));
  ({ server: liveServer, url: liveBase } = await serveSite({ root, liveReload }));
});
afterAll(async () => {
  liveReload.close();
  await Promise.all([server, liveServer].map((each) => new Promise<void>((resolve) => each.close(() => resolve()))));
});

const get = async (path: string, init?: RequestInit, from = base) => {
  const response = await fetch(new URL(path, from), { redirect: 'manual', ...init });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: await response.text(),
    location: response.headers.get('location'),
    length: response.headers.get('content-length'),
  };
};
const tag = '<script type="module" src="/__kap/live-reload.js"></script>';

describe('serveSite', () => {
  it('serves each kind of file with its content type', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: files['index.html'] });
    expect(await get('/text/one.txt')).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8', body: 'One.\n' });
    expect(await get('/feed.xml')).toMatchObject({ status: 200, type: 'application/rss+xml; charset=utf-8' });
    expect(await get('/topics/ptsd/feed.xml')).toMatchObject({ status: 200, type: 'application/rss+xml; charset=utf-8' });
    expect(await get('/atom.xml')).toMatchObject({ status: 200, type: 'application/atom+xml; charset=utf-8' });
    expect(await get('/feed.json')).toMatchObject({ status: 200, type: 'application/feed+json; charset=utf-8' });
    // Feed archive pages keep their feed's file name, and so its media type.
    expect(await get('/feed-archive/1/atom.xml')).toMatchObject({ status: 200, type: 'application/atom+xml; charset=utf-8' });
    expect(await get('/topics/ptsd/feed-archive/2/feed.json')).toMatchObject({ status: 200, type: 'application/feed+json; charset=utf-8' });
    expect(await get('/sitemap.xml')).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' });
    expect(await get('/styles.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  });

  it('serves a folder from its index.html and redirects a folder without its slash', async () => {
    expect(await get('/articles/one/')).toMatchObject({ status: 200, body: files['articles/one/index.html'] });
    expect(await get('/articles/one')).toMatchObject({ status: 301, location: '/articles/one/' });
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    expect(await get('/articles/missing/')).toMatchObject({ status: 404, type: 'text/html; charset=utf-8', body: files['404.html'] });
  });

  it('never serves a file outside the site', async () => {
    writeFileSync(join(root, '..', 'kap-secret.txt'), 'secret');
    for (const path of ['/../kap-secret.txt', '/%2e%2e/kap-secret.txt', '/text/..%2f..%2fkap-secret.txt']) {
      expect((await get(path)).body).not.toContain('secret');
    }
  });

  it('redirects only to its own clean path, never to another host, and refuses a malformed escape', async () => {
    // Sent as written: fetch would clean the path first.
    const raw = (path: string) =>
      new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
        const { hostname, port } = new URL(base);
        request({ host: hostname, port, path }, (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, location: response.headers.location });
        })
          .on('error', reject)
          .end();
      });
    expect(await raw('/.//evil.example/..%2f..%2farticles')).toEqual({ status: 301, location: '/articles/' });
    expect(await raw('//evil.example/..%2f..%2farticles/one')).toEqual({ status: 301, location: '/articles/one/' });
    expect(await raw('/articles/%E0%A4%A')).toEqual({ status: 400, location: undefined });
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    expect(await get('/', { method: 'HEAD' })).toMatchObject({ status: 200, body: '' });
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});

describe('serveSite with liveReload', () => {
  const getLive = (path: string, init?: RequestInit) => get(path, init, liveBase);

  it('adds the script tag once, just before </body>, and counts it in the length', async () => {
    const page = await getLive('/articles/two/');
    expect(page).toMatchObject({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><title>Two</title><body><p>Two</p><!-- the end -->${tag}</BODY></html>\n`,
    });
    expect(Number(page.length)).toBe(Buffer.byteLength(page.body));
  });

  it('adds the script tag at the end of a page without </body>', async () => {
    expect((await getLive('/')).body).toBe(`${files['index.html']}${tag}`);
  });

  it('adds the script tag to the 404 page and keeps its status', async () => {
    expect(await getLive('/articles/missing/')).toMatchObject({ status: 404, body: `${files['404.html']}${tag}` });
  });

  it('sends every file that is not HTML exactly as it is on disk', async () => {
    for (const path of ['text/one.txt', 'feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml', 'styles.css']) {
      const response = await fetch(new URL(path, liveBase));
      expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(files[path] ?? '')), path).toBe(true);
    }
  });

  it('answers HEAD for a page with the length of the page it would send', async () => {
    const head = await getLive('/articles/two/', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(Number(head.length)).toBe(Buffer.byteLength((files['articles/two/index.html'] ?? '') + tag));
  });

  it('serves the browser script and an event stream', async () => {
    const script = await getLive('/__kap/live-reload.js');
    expect(script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(script.body).toContain("new EventSource('/__kap/events')");
    // node:http, not fetch: fetch leaves a spare connection open that holds up the server's close.
    const events = await new Promise<IncomingMessage>((resolve, reject) =>
      httpGet(new URL('/__kap/events', liveBase), resolve).on('error', reject),
    );
    events.destroy();
    expect(events.statusCode).toBe(200);
    expect(events.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(events.headers['cache-control']).toBe('no-cache');
  });

  it('leaves pages untouched and has no event stream or script without liveReload', async () => {
    expect((await get('/articles/two/')).body).toBe(files['articles/two/index.html']);
    expect((await get('/articles/missing/')).body).toBe(files['404.html']);
    expect((await get('/__kap/events')).status).toBe(404);
    expect((await get('/__kap/live-reload.js')).status).toBe(404);
  });
});
