import { type CompiledContent, compileContent } from '@kap/content/compiler';
import { buildSite } from './build-site.js';
import { formatDuration, type Progress, silentProgress } from './lib/progress.js';
import { writeSite } from './lib/write-site.js';

/** Options for {@link publishSite}. */
export interface PublishSiteOptions {
  contentDir: string;
  outDir: string;
  /** Judge publication and review dates against this day. Defaults to now. */
  now?: Date;
  progress?: Progress;
}

/** What a publish made. */
export interface PublishedSite extends Pick<CompiledContent, 'warnings'> {
  articles: number;
  files: number;
}

/**
 * Compiles the content once and publishes every channel into `outDir`, swapped in whole
 * only when everything succeeded. A content error throws ContentProblemsError and leaves
 * the previous `outDir` exactly as it was.
 */
export function publishSite(options: PublishSiteOptions): PublishedSite {
  const progress = options.progress ?? silentProgress;
  const start = performance.now();
  const { content, warnings } = progress.phase(
    'Content',
    () => compileContent({ contentDir: options.contentDir, ...(options.now ? { now: options.now } : {}) }),
    ({ content }) => `${content.articles.length} articles`,
  );
  const files = buildSite(content, { progress });
  progress.phase('Write', () => writeSite(files, options.outDir));
  progress.done(`Published ${files.length} files in ${formatDuration(performance.now() - start)}`);
  return { articles: content.articles.length, files: files.length, warnings };
}
