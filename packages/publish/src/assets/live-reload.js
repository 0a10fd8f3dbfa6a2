// Live reload for the dev server. `serveSite` adds this script to every page it serves
// when live reload is on, never to the built site. The server sends `reload` after a
// successful publish and `problem`, with the located errors, after a failed one.

const events = new EventSource('/__kap/events');
// The browser reconnects by itself after the stream drops. A stream that comes back means
// the dev server was restarted (after a change of code, say) and published
// afresh, so the page may be out of date.
let dropped = false;
events.addEventListener('open', () => {
  if (dropped) location.reload();
});
// No message and no retry of our own: a stopped server is no error in the page.
events.addEventListener('error', () => {
  dropped = true;
});
events.addEventListener('reload', () => location.reload());
events.addEventListener('problem', (event) => showProblem(event.data));

/** @type {HTMLDialogElement | undefined} */
let dialog;

/** @param {string} message */
function showProblem(message) {
  dialog ??= createOverlay();
  const pre = dialog.querySelector('pre');
  // textContent: the message quotes the author's content, which must never become markup.
  if (pre) pre.textContent = message;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('button')?.focus();
}

// A modal <dialog> sits in the top layer above anything the page draws and makes the page
// beneath inert; a shadow root keeps the page's styles off it and its styles off the page.
function createOverlay() {
  const host = document.createElement('kap-live-reload');
  const root = host.attachShadow({ mode: 'open' });
  // A constructed style sheet, not a <style> element, so a page whose Content-Security-Policy
  // forbids inline styles still shows the overlay styled.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  root.adoptedStyleSheets = [sheet];

  const box = element('dialog', {
    role: 'alertdialog',
    'aria-modal': 'true',
    'aria-labelledby': 'kap-problem-title',
    'aria-describedby': 'kap-problem-message',
  });
  const heading = element('h2', { id: 'kap-problem-title' }, 'The site could not be rebuilt');
  // Focusable so a keyboard can scroll a long list of problems.
  const pre = element('pre', { id: 'kap-problem-message', tabindex: '0' });
  const note = element(
    'p',
    {},
    'The page beneath is the last good version. It updates by itself when you fix the problem and save the file again.',
  );
  const hide = element('button', { type: 'button' }, 'Hide');
  hide.addEventListener('click', () => box.close());
  box.append(heading, pre, note, hide);
  root.append(box);
  (document.body ?? document.documentElement).append(host);
  return /** @type {HTMLDialogElement} */ (box);
}

/**
 * @param {string} name
 * @param {Record<string, string>} attributes
 * @param {string} [text]
 */
function element(name, attributes, text) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// Text passes WCAG AAA contrast (7:1) on its background in both colour schemes.
const styles = `
:host { all: initial; }
dialog {
  box-sizing: border-box;
  width: min(48rem, calc(100% - 2rem));
  max-height: calc(100% - 2rem);
  overflow: auto;
  margin: auto;
  padding: clamp(1rem, 4vw, 1.5rem);
  border: 3px solid #a4161a;
  border-radius: 0.5rem;
  background: #ffffff;
  color: #1d2329;
  font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
dialog::backdrop { background: rgb(0 0 0 / 0.6); }
h2 { margin: 0 0 1rem; font-size: 1.375rem; line-height: 1.3; color: #a4161a; }
pre {
  margin: 0 0 1rem;
  padding: 0.75rem 1rem;
  max-height: 50vh;
  overflow: auto;
  border-left: 4px solid #a4161a;
  background: #fdf1f1;
  color: #1d2329;
  font: 0.9375rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
p { margin: 0 0 1rem; }
button {
  min-height: 2.75rem;
  padding: 0.5rem 1.25rem;
  border: 2px solid #1d2329;
  border-radius: 0.375rem;
  background: #1d2329;
  color: #ffffff;
  font: inherit;
  cursor: pointer;
}
:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  dialog { border-color: #ff9e99; background: #1d2328; color: #e6e8ea; }
  h2 { color: #ff9e99; }
  pre { border-left-color: #ff9e99; background: #2b2326; color: #e6e8ea; }
  button { border-color: #e6e8ea; background: #e6e8ea; color: #1d2328; }
  :focus { outline-color: #ffd166; }
}
`;
