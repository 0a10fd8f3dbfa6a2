import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root } from 'mdast';
import type { ArticleMeta, Content, GlossaryEntry, Notice, Page, SiteSettings, Topic } from '../types.js';
import { type ArticleCache, articleCacheKey, contextKey, memoryCache } from './article-cache.js';
import type { InternalLink } from './check-body.js';
import { type ArticleContext, compileArticle, parseMarkdownFile, stripPositions } from './compile-article.js';
import { ContentFiles } from './content-files.js';
import { parseYamlData, type YamlCheck } from './parse-yaml-data.js';
import { ContentProblemsError, didYouMean, type Problem, sortProblems } from './problems.js';
import { glossarySchema, noticeSchema, siteSchema, topicSchema, topicsSchema } from './schema.js';

/** Options for {@link compileContent}. */
export interface CompileContentOptions {
  /** The content folder: site.yaml, topics.yaml, glossary.yaml, notices/, pages/, articles/. */
  contentDir: string;
  /** Articles dated after this day are left out, and reviews are aged against it. Defaults to now. */
  now?: Date;
  /** Compiled articles from earlier runs; an unchanged article is never parsed twice. */
  cache?: ArticleCache;
  /** Called as articles are compiled, for a progress display. */
  onProgress?: (done: number, total: number) => void;
}

/** Valid content, and what an author should know but need not fix now. */
export interface CompiledContent {
  content: Content;
  warnings: Problem[];
  /**
   * For each published article, a digest of its source, the settings it was checked
   * against and the compiler: it changes exactly when the article's compiled data may.
   */
  revisions: Map<string, string>;
}

const reviewAgeDays = 365;

/**
 * Reads, validates and derives all content from a folder. Every problem in every file is
 * collected; if there is any, throws a {@link ContentProblemsError} holding them all.
 */
export function compileContent(options: CompileContentOptions): CompiledContent {
  const files = new ContentFiles(options.contentDir);
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const problems = files.problems;
  const warnings: Problem[] = [];
  const { site, topics, glossary, context } = readSettings(files);

  const markdown = (path: string) => {
    const text = files.read(path);
    if (text === undefined) return undefined;
    const parsed = parseMarkdownFile(files.display(path), text, glossary);
    problems.push(...parsed.problems);
    return parsed.yaml === undefined ? undefined : { file: files.display(path), yaml: parsed.yaml, body: parsed.body };
  };

  const notice = (name: string): Notice | undefined => {
    const parsed = markdown(join(options.contentDir, 'notices', `${name}.md`));
    if (!parsed) return undefined;
    const fm = parseYamlData(noticeSchema, { file: parsed.file, text: parsed.yaml, lineOffset: 1 }, ['title', 'description']);
    if (!fm.ok) return void problems.push(...fm.problems);
    return { title: fm.value.title, body: stripPositions(parsed.body) };
  };
  const disclaimer = notice('disclaimer');
  const crisis = notice('crisis');

  const pages: Page[] = [];
  for (const path of files.list('pages')) {
    const parsed = markdown(path);
    if (!parsed) continue;
    const fm = parseYamlData(noticeSchema, { file: parsed.file, text: parsed.yaml, lineOffset: 1 }, ['title', 'description']);
    if (!fm.ok) {
      problems.push(...fm.problems);
      continue;
    }
    pages.push({
      slug: basename(path, '.md'),
      title: fm.value.title,
      description: fm.value.description ?? '',
      body: stripPositions(parsed.body),
    });
  }

  const cache = options.cache ?? memoryCache();
  const contextDigest = contextKey(context);
  const articles: ArticleMeta[] = [];
  const bodies = new Map<string, Root>();
  const slugFiles = new Map<string, string>();
  const links: { file: string; link: InternalLink }[] = [];
  const brokenSlugs = new Set<string>();
  const revisions = new Map<string, string>();
  const paths = files.list('articles');
  paths.forEach((path, index) => {
    options.onProgress?.(index, paths.length);
    const file = files.display(path);
    const slug = basename(path, '.md');
    const seenIn = slugFiles.get(slug);
    if (seenIn) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'slug',
        message: `expected a unique slug, got "${slug}", which ${seenIn} also uses`,
      });
      return;
    }
    slugFiles.set(slug, file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'slug',
        message: `expected a file name of lowercase words joined by hyphens, got "${slug}.md"`,
      });
    }
    const bytes = readFileSync(path);
    const key = articleCacheKey(file, bytes, contextDigest);
    let compiled = cache.get(key);
    if (!compiled) {
      compiled = compileArticle(file, bytes, context);
      cache.set(key, compiled);
    }
    problems.push(...compiled.problems);
    links.push(...compiled.links.map((link) => ({ file, link })));
    if (!compiled.article) {
      // Its own problems are reported; links to it are not reported again as unknown.
      brokenSlugs.add(slug);
      return;
    }
    const { frontmatter, body, mentionsSuicide, ...derived } = compiled.article;
    const { draft, ...meta } = frontmatter;
    if (draft || meta.published > today) return;
    const reviewedDaysAgo = (Date.parse(today) - Date.parse(meta.reviewed)) / 86_400_000;
    if (reviewedDaysAgo > reviewAgeDays) {
      warnings.push({
        file,
        line: 1,
        column: 1,
        field: 'reviewed',
        message: `last reviewed on ${meta.reviewed}, more than a year ago: review the article and update this date`,
      });
    }
    articles.push({
      ...meta,
      slug,
      modified: meta.updated ?? meta.published,
      wordCount: derived.wordCount,
      readingMinutes: Math.max(1, Math.round(derived.wordCount / 200)),
      headings: derived.headings,
      excerpt: derived.excerpt,
      needsCrisisNotice: mentionsSuicide,
    });
    bodies.set(slug, body);
    revisions.set(slug, key);
  });
  options.onProgress?.(paths.length, paths.length);

  const known = { articles: new Set(articles.map((article) => article.slug)), topics: new Set(context.topicSlugs) };
  const brokenTargets = { articles: brokenSlugs, topics: new Set<string>() };
  for (const { file, link } of links) {
    if (!known[link.kind].has(link.slug) && !brokenTargets[link.kind].has(link.slug)) {
      const hint = didYouMean(link.slug, known[link.kind]).replace(/"([^"]+)"/, `"/${link.kind}/$1/"`);
      const what = link.kind === 'articles' ? 'a published article' : 'a topic';
      problems.push({
        file,
        line: link.line,
        column: link.column,
        field: 'link',
        message: `expected a link to ${what}, got "/${link.kind}/${link.slug}/"${hint}`,
      });
    }
  }

  if (problems.length > 0 || !site || !topics || !glossary || !disclaimer || !crisis) {
    throw new ContentProblemsError(sortProblems(problems));
  }
  articles.sort((a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug));
  return {
    content: {
      site,
      glossary,
      topics,
      notices: { disclaimer, crisis },
      pages,
      articles,
      getBody(slug) {
        const body = bodies.get(slug);
        if (!body) throw new Error(`No published article has the slug "${slug}"`);
        return body;
      },
    },
    warnings: sortProblems(warnings),
    revisions,
  };
}

/** Reads site.yaml, topics.yaml and glossary.yaml, recording their problems in `files`. */
export function readSettings(files: ContentFiles) {
  const yamlFile = <T>(name: string, schema: Parameters<typeof parseYamlData<T>>[0], fields: readonly string[], check?: YamlCheck) => {
    const path = join(files.root, name);
    const text = files.read(path);
    if (text === undefined) return undefined;
    const data = parseYamlData(schema, { file: files.display(path), text, lineOffset: 0 }, fields, check);
    if (data.ok) return data.value;
    files.problems.push(...data.problems);
    return undefined;
  };
  const site = yamlFile<SiteSettings>('site.yaml', siteSchema, Object.keys(siteSchema.shape));
  const topics = yamlFile<Topic[]>('topics.yaml', topicsSchema, Object.keys(topicSchema.shape), uniqueBy('slug'));
  const glossary = yamlFile<GlossaryEntry[]>('glossary.yaml', glossarySchema, ['term', 'expansion'], uniqueBy('term'));
  if (site && process.env.SITE_URL) site.baseUrl = siteSchema.shape.baseUrl.parse(process.env.SITE_URL);
  const context: ArticleContext = { glossary, topicSlugs: topics?.map((topic) => topic.slug) };
  return { site, topics, glossary, context };
}

function uniqueBy(key: string): YamlCheck {
  return (data) => {
    if (!Array.isArray(data)) return [];
    const seen = new Set<unknown>();
    return data.flatMap((entry, index) => {
      const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
      if (value === undefined) return [];
      if (seen.has(value)) return [{ path: [index, key], message: `expected each ${key} once, got ${JSON.stringify(value)} again` }];
      seen.add(value);
      return [];
    });
  };
}
