export { type ToHastOptions, toHast } from './to-hast.js';
export { type ToHtmlOptions, toHtml } from './to-html.js';
