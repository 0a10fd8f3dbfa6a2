import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reference: Eleventy 3's own CLI (the clone's installed copy) building web pages
 * from the same Markdown files, with a layout about as rich as our article page's head,
 * header, main and footer. Writes the layout beside the articles (Eleventy looks for it in
 * _includes/ under its input; our compiler reads only .md files) and returns the node
 * arguments that run the CLI.
 */
export function eleventyInput(clone: string, contentDir: string, outDir: string): string[] {
  const input = join(contentDir, 'articles');
  mkdirSync(join(input, '_includes'), { recursive: true });
  writeFileSync(
    join(input, '_includes', 'article.njk'),
    [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>',
      '<meta name="description" content="{{ description }}"><link rel="stylesheet" href="/styles.css"></head>',
      '<body><a href="#main">Skip to content</a><header><nav><a href="/">Home</a></nav></header>',
      '<main id="main"><h1>{{ title }}</h1><p>{{ description }}</p><p>Published <time datetime="{{ published }}">{{ published }}</time></p>',
      '{{ content | safe }}</main><footer><a href="/about/">About</a></footer></body></html>',
    ].join('\n'),
  );
  writeFileSync(join(input, 'articles.11tydata.json'), JSON.stringify({ layout: 'article.njk' }));
  return [join(clone, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs'), `--input=${input}`, `--output=${outDir}`, '--quiet'];
}
