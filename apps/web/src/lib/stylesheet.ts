/**
 * The site's one stylesheet. Kept small and written by hand: system fonts, a line length
 * of about 65 characters, a calm palette whose text passes WCAG AA contrast in light and
 * dark mode, clear focus rings, targets of at least 24 pixels, print styles, and no motion
 * for readers who ask for less.
 */
export const stylesheet = `/* The site's one stylesheet. No JavaScript anywhere. */
:root {
  color-scheme: light dark;
  --bg: #fbfaf7;
  --surface: #f1eee7;
  --text: #1d2329;
  --muted: #4b5661;
  --link: #1a4f8b;
  --link-visited: #5a3d8a;
  --border: #d6d0c2;
  --accent: #2f6b5e;
  --focus: #0b57d0;
  --notice-bg: #edf3f1;
  --notice-border: #4d7a6e;
  --crisis-bg: #fff3df;
  --crisis-border: #b25a00;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15191d;
    --surface: #1d2328;
    --text: #e6e8ea;
    --muted: #b3bcc5;
    --link: #9cc4ff;
    --link-visited: #cdb8f6;
    --border: #38424b;
    --accent: #7cc3b0;
    --focus: #ffd166;
    --notice-bg: #1c2a27;
    --notice-border: #6fae9d;
    --crisis-bg: #2d2416;
    --crisis-border: #e6a04e;
  }
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
  line-height: 1.6;
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font-size: 1.125rem;
  overflow-wrap: break-word;
}

/* In rem, not ch, so header, main and footer line up whatever their font size; at the
   body's 18 pixels, 38.5rem of text is about 65 characters a line. */
.wrap {
  max-width: 41rem;
  margin-inline: auto;
  padding-inline: 1.25rem;
}

h1,
h2,
h3,
h4 {
  line-height: 1.25;
  font-weight: 700;
  text-wrap: pretty;
}

h1 {
  font-size: clamp(1.75rem, 1.5rem + 1vw, 2.125rem);
  letter-spacing: -0.01em;
  margin: 2.5rem 0 0.75rem;
}

h2 {
  font-size: 1.5rem;
  margin: 2.5rem 0 0.75rem;
}

h3 {
  font-size: 1.25rem;
  margin: 2rem 0 0.5rem;
}

p,
ul,
ol,
dl,
blockquote {
  margin: 0 0 1rem;
}

li + li {
  margin-top: 0.375rem;
}

img {
  max-width: 100%;
  height: auto;
}

a {
  color: var(--link);
  text-decoration-thickness: 1px;
  text-underline-offset: 0.2em;
}

a:visited {
  color: var(--link-visited);
}

a:hover {
  text-decoration-thickness: 3px;
}

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 3px;
  border-radius: 2px;
}

/* main only takes focus so the skip link moves the reading position; it is not a control. */
main[tabindex="-1"]:focus {
  outline: none;
}

abbr[title] {
  text-decoration: underline dotted;
  text-underline-offset: 0.2em;
}

blockquote {
  margin-inline: 0;
  padding-left: 1rem;
  border-left: 4px solid var(--border);
}

.skip-link {
  position: absolute;
  top: 0.5rem;
  left: 0.5rem;
  z-index: 1;
  padding: 0.5rem 1rem;
  background: var(--bg);
  color: var(--link);
  font-weight: 700;
  transform: translateY(-200%);
}

.skip-link:focus {
  transform: none;
}

.site-header {
  background: var(--surface);
  border-bottom: 1px solid var(--border);
  border-top: 4px solid var(--accent);
}

.site-header .wrap {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.5rem 1.5rem;
  padding-block: 0.875rem;
}

.site-title {
  margin: 0;
  font-weight: 700;
  font-size: 1.125rem;
  line-height: 1.3;
}

.site-title a {
  display: inline-block;
  padding-block: 0.25rem;
  color: var(--text);
  text-decoration: none;
}

.site-nav ul,
.inline-list,
.topic-list,
.article-list,
.topic-cards {
  list-style: none;
  margin: 0;
  padding: 0;
}

.site-nav ul,
.inline-list {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1.25rem;
}

.site-nav li,
.inline-list li,
.topic-list li {
  margin: 0;
}

.site-nav a,
.inline-list a,
.toc a {
  display: inline-block;
  min-height: 24px;
  padding-block: 0.125rem;
  /* A link that wraps keeps its list number beside its first line, not its last. */
  vertical-align: top;
}

.site-nav {
  font-size: 1rem;
}

.site-nav a[aria-current="page"] {
  font-weight: 700;
  text-decoration-thickness: 3px;
}

.summary {
  font-size: 1.25rem;
  color: var(--muted);
}

.article-facts {
  display: flex;
  flex-wrap: wrap;
  gap: 0.75rem 2rem;
  margin: 1.5rem 0 1rem;
  padding-block: 0.875rem;
  border-block: 1px solid var(--border);
  font-size: 1rem;
}

.article-facts dt {
  color: var(--muted);
  font-size: 0.9375rem;
}

.article-facts dd {
  margin: 0;
  font-weight: 600;
  white-space: nowrap;
}

.text-edition,
.review-status {
  font-size: 1rem;
}

/* Superscript numbers that do not push the line apart; each links to its source. */
sup.citation {
  font-size: 0.75em;
  line-height: 0;
}

sup.citation a {
  padding-inline: 0.125em;
}

.sources ol {
  padding-left: 1.75rem;
}

.sources li {
  overflow-wrap: anywhere;
}

/* A source reached from its citation is marked, so the eye finds it in the list. */
.sources li:target {
  outline: 3px solid var(--focus);
  outline-offset: 3px;
}

/* Call and text links a thumb can hit: 44 pixels high, well past the 24 WCAG asks for. */
.crisis-actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem 0.75rem;
}

.crisis-action {
  display: inline-block;
  min-height: 44px;
  padding: 0.5rem 1.25rem;
  border: 2px solid var(--crisis-border);
  border-radius: 6px;
  background: var(--bg);
  font-weight: 700;
  text-decoration: none;
}

.notice {
  margin: 2rem 0;
  padding: 1rem 1.25rem 0.25rem;
  background: var(--notice-bg);
  border-left: 6px solid var(--notice-border);
  border-radius: 0 6px 6px 0;
}

.notice > :first-child {
  margin-top: 0;
  font-size: 1.25rem;
}

.notice-crisis {
  --notice-bg: var(--crisis-bg);
  --notice-border: var(--crisis-border);
}

.toc {
  margin: 2rem 0;
  padding: 1rem 1.25rem 0.25rem;
  background: var(--surface);
  border-radius: 6px;
}

.toc h2 {
  margin-top: 0;
  font-size: 1.125rem;
}

.toc ol ol {
  margin: 0.25rem 0 0;
  padding-left: 1.25rem;
  list-style: lower-alpha;
}

.article-body {
  margin-top: 1rem;
}

.topic-list {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  margin-bottom: 1rem;
}

.topic-list a {
  display: inline-block;
  padding: 0.125rem 0.75rem;
  border: 1px solid var(--border);
  border-radius: 999px;
  font-size: 0.9375rem;
  text-decoration: none;
}

.topic-list a:hover {
  border-color: currentColor;
}

.article-list > li,
.topic-cards > li {
  margin: 0;
  padding: 1.5rem 0 0.5rem;
  border-bottom: 1px solid var(--border);
}

.article-summary h3,
.topic-cards h2 {
  margin: 0 0 0.5rem;
  font-size: 1.375rem;
}

.meta {
  color: var(--muted);
  font-size: 1rem;
}

.summary-topics {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.5rem;
}

.summary-topics .label {
  color: var(--muted);
  font-size: 0.9375rem;
}

.site-footer {
  margin-top: 4rem;
  padding-block: 1.5rem 2rem;
  background: var(--surface);
  border-top: 1px solid var(--border);
  font-size: 1rem;
}

.site-footer h2 {
  font-size: 1.125rem;
  margin: 1.5rem 0 0.5rem;
}

.crisis-link {
  margin: 0;
  font-weight: 700;
}

.crisis-link a {
  display: inline-block;
  padding-block: 0.125rem;
}

.footer-policies {
  margin-top: 0.75rem;
}

.publisher {
  margin: 1.5rem 0 0;
  color: var(--muted);
}

@media (prefers-reduced-motion: no-preference) {
  html {
    scroll-behavior: smooth;
  }
}

@media (prefers-reduced-motion: reduce) {
  *,
  *::before,
  *::after {
    animation: none !important;
    transition: none !important;
    scroll-behavior: auto !important;
  }
}

@media (forced-colors: active) {
  .notice,
  .toc {
    border: 2px solid CanvasText;
  }
}

@media print {
  :root {
    color-scheme: light;
    --bg: #fff;
    --surface: #fff;
    --text: #000;
    --muted: #333;
    --link: #000;
    --link-visited: #000;
    --border: #999;
    --notice-bg: #fff;
    --crisis-bg: #fff;
  }

  body {
    font-size: 11pt;
  }

  .skip-link,
  .site-nav,
  .toc,
  .text-edition,
  .footer-feeds {
    display: none;
  }

  .wrap {
    max-width: none;
    padding: 0;
  }

  .site-header,
  .site-footer {
    border: 0;
    margin: 0;
  }

  .article-body a[href^="http"]::after,
  .sources a[href^="http"]::after,
  .notice a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 90%;
    overflow-wrap: anywhere;
  }

  h2,
  h3 {
    break-after: avoid;
  }

  .notice {
    break-inside: avoid;
    border: 1px solid #000;
  }
}
`;
