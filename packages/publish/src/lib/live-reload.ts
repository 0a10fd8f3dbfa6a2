import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';

/**
 * The dev server's own addresses. A site has no `__kap` folder, and without live reload
 * these are ordinary unknown paths.
 */
export const liveReloadPaths = { events: '/__kap/events', script: '/__kap/live-reload.js' } as const;

/** What the dev server adds to each HTML page it sends, and never to a file on disk. */
export const liveReloadTag = `<script type="module" src="${liveReloadPaths.script}"></script>`;

/**
 * Tells the pages open in the dev server what the last publish did. Made by
 * {@link createLiveReload}, passed to `serveSite` as `liveReload`.
 */
export interface LiveReload {
  /** The site was published again: open pages reload, and any problem shown goes. */
  published(): void;
  /**
   * A publish failed with these located problems, one a line. Open pages, and pages
   * opened later, show them over the last good page until the next publish succeeds.
   */
  failed(message: string): void;
  /** Ends every open event stream, so the server can close. */
  close(): void;
  /** Sends the current state, then every later event, to one page; `serveSite` calls it. */
  connect(response: ServerResponse): void;
}

/** Makes the link between a publishing loop and the pages open in the dev server. */
export function createLiveReload(): LiveReload {
  const streams = new Set<ServerResponse>();
  // The last publish's problem, sent to each page as it connects: a page opened after a
  // failed publish shows it at once instead of waiting for the next save.
  let problem: string | undefined;
  const send = (event: string) => {
    for (const response of streams) response.write(event);
  };
  return {
    published() {
      problem = undefined;
      send(eventText('reload', 'published'));
    },
    failed(message) {
      problem = message;
      send(eventText('problem', message));
    },
    close() {
      for (const response of streams) response.end();
      streams.clear();
    },
    connect(response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      // A quick retry: when the dev server is restarted (after a change of code), the page should
      // catch up as soon as it is back.
      response.write('retry: 1000\n\n');
      if (problem !== undefined) response.write(eventText('problem', problem));
      streams.add(response);
      response.once('close', () => streams.delete(response));
    },
  };
}

/**
 * One Server-Sent Event. Each line of the data gets its own `data:` field, which the
 * browser joins again with line feeds; empty data would not be dispatched at all.
 */
function eventText(event: string, data: string): string {
  const lines = (data === '' ? ' ' : data).split(/\r\n|\r|\n/);
  return `event: ${event}\n${lines.map((line) => `data: ${line}\n`).join('')}\n`;
}

/**
 * An HTML page with {@link liveReloadTag} just before its last `</body>`, or at its end
 * when it has none. Bytes, not text, so a page is otherwise sent exactly as it is on disk.
 */
export function injectLiveReload(html: Buffer): Buffer {
  // latin1 maps each byte to one character, so an index in the text is an index in the bytes.
  const at = html.toString('latin1').toLowerCase().lastIndexOf('</body');
  const tag = Buffer.from(liveReloadTag);
  if (at === -1) return Buffer.concat([html, tag]);
  return Buffer.concat([html.subarray(0, at), tag, html.subarray(at)]);
}

let script: Buffer | undefined;

/** The browser's side of live reload, the source of `assets/live-reload.js`. */
export function liveReloadScript(): Buffer {
  script ??= readFileSync(join(packageFolder(), 'src', 'assets', 'live-reload.js'));
  return script;
}

// The package's folder, found from this module both as a source file and bundled in dist/.
function packageFolder(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dir !== dirname(dir)) dir = dirname(dir);
  return dir;
}
