import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { injectLiveReload, type LiveReload, liveReloadPaths, liveReloadScript } from './lib/live-reload.js';

/** Options for {@link serveSite}. */
export interface ServeSiteOptions {
  /** The built site, usually dist/. Read on every request, so a rebuilt site shows at once. */
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /**
   * For the dev loop only: open pages reload after each publish and show a failed
   * publish's problems. Adds a script to each HTML page as it is sent, never to the
   * files on disk. Without it every file is sent exactly as it is on disk.
   */
  liveReload?: LiveReload;
}

/** The media type of each kind of file the site holds. */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

/** Feeds get their own media types, so feed readers and browsers know what they are. */
const feedTypes: Readonly<Record<string, string>> = {
  'feed.xml': 'application/rss+xml; charset=utf-8',
  'atom.xml': 'application/atom+xml; charset=utf-8',
  'feed.json': 'application/feed+json; charset=utf-8',
};

/** The media type for a file path of the site. */
export function contentTypeOf(path: string): string {
  const name = path.split('/').pop() ?? '';
  return feedTypes[name] ?? contentTypes[extname(name)] ?? 'application/octet-stream';
}

/**
 * Serves a static site the way a static host would: /x/ serves /x/index.html, /x
 * redirects to /x/ when that is a folder, unknown paths get 404.html with status 404.
 * With `liveReload` it also serves the dev loop's event stream and script.
 */
export function serveSite(options: ServeSiteOptions): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: the address has a malformed escape\n');
      return;
    }
    const { liveReload } = options;
    if (liveReload && pathname === liveReloadPaths.events) {
      if (method === 'HEAD') response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' }).end();
      else liveReload.connect(response);
      return;
    }
    if (liveReload && pathname === liveReloadPaths.script) {
      const script = liveReloadScript();
      response.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'content-length': script.length,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      response.end(method === 'HEAD' ? undefined : script);
      return;
    }
    const file = resolveFile(options.root, pathname);
    if (file.redirect !== undefined) {
      // To the folder's own clean path, never the address as sent: "/.//evil.example/.." would
      // otherwise send a browser to another host.
      response.writeHead(301, { location: `${file.redirect}${url.search}` }).end();
      return;
    }
    const found = file.path ?? join(options.root, '404.html');
    const status = file.path ? 200 : 404;
    if (!existsSync(found)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const type = contentTypeOf(found.split(sep).join('/'));
    const headers = { 'content-type': type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
    if (liveReload && type.startsWith('text/html')) {
      // Read whole to add the script: pages are small, and the length changes.
      let page: Buffer;
      try {
        page = injectLiveReload(readFileSync(found));
      } catch {
        // Gone between the check and the read, as a publish replaced it: the next request finds it.
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      response.writeHead(status, { ...headers, 'content-length': page.length });
      response.end(method === 'HEAD' ? undefined : page);
      return;
    }
    response.writeHead(status, { ...headers, 'content-length': statSync(found).size });
    if (method === 'HEAD') response.end();
    else createReadStream(found).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      resolve({ server, url: `http://${address.includes(':') ? `[${address}]` : address}:${port}/` });
    });
  });
}

function resolveFile(root: string, pathname: string): { path?: string; redirect?: string } {
  const relative = normalize(pathname).replace(/^([/\\])+/, '');
  if (relative.startsWith('..') || relative.includes('\0')) return {};
  const path = join(root, relative);
  if (!existsSync(path)) return {};
  if (statSync(path).isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `/${relative.split(sep).join('/')}/`.replace(/^\/+/, '/') };
    const index = join(path, 'index.html');
    return existsSync(index) ? { path: index } : {};
  }
  return { path };
}
