import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root } from 'mdast';
import type { ArticleBody, ArticleMeta, Content, GlossaryEntry, Notice, Notices, Page, SiteSettings, Topic } from '../types.js';
import { type ArticleCache, articleCacheKey, type BodyStore, contextKey, digestBytes, memoryCache } from './article-cache.js';
import { articleMeta, isPublished } from './article-meta.js';
import type { InternalLink } from './check-body.js';
import { checkReferences } from './check-references.js';
import { type ArticleContext, type ArticleSummary, compileArticle, parseMarkdownFile, stripPositions } from './compile-article.js';
import { ContentFiles } from './content-files.js';
import { bodyText, markHeadings, usedGlossary } from './derive-fields.js';
import { type FieldNames, parseYamlData, uniqueBy, type YamlCheck } from './parse-yaml-data.js';
import { ContentProblemsError, didYouMean, type Problem, sortProblems } from './problems.js';
import { resolveCitations } from './resolve-citations.js';
import { glossarySchema, noticeSchema, pageSchema, referenceSchema, siteSchema, topicSchema, topicsSchema } from './schema.js';

/** Options for {@link compileContent}. */
export interface CompileContentOptions {
  /** The content folder: site.yaml, topics.yaml, glossary.yaml, notices/, pages/, articles/. */
  contentDir: string;
  /** Articles dated after this day are left out, and reviews are due against it. Defaults to now. */
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

/** How many broken links get a "did you mean" in one run. */
const maxSuggestions = 50;

/** Page names the site uses for its own folders: a page there would be written over them. */
export const reservedPageSlugs: readonly string[] = ['articles', 'feeds', 'subscribe', 'text', 'topics'];

// What localeCompare does, without building a collator for every comparison.
const compareText = new Intl.Collator().compare;

/**
 * Reads, validates and derives all content from a folder. Every problem in every file is
 * collected; if there is any, throws a {@link ContentProblemsError} holding them all.
 */
export function compileContent(options: CompileContentOptions): CompiledContent {
  const settings = readContentSettings(options.contentDir);
  const cache = options.cache ?? memoryCache();
  const sources = listArticleSources(settings);
  const entries = sources.map((source, index) => {
    options.onProgress?.(index, sources.length);
    let summary = cache.get(source.key);
    if (!summary) {
      const bytes = settings.files.bytes(source.path);
      // An unreadable file is one of the settings' problems, thrown with the rest.
      if (bytes === undefined) return { source, summary: { file: source.file, problems: [], links: [] } };
      const compiled = compileArticle(source.file, bytes, settings.context);
      cache.set(source.key, compiled);
      summary = compiled;
    }
    return { source, summary };
  });
  options.onProgress?.(sources.length, sources.length);
  return assembleContent(settings, entries, { now: options.now, cache });
}

/** A page's or notice's tree as it ships: no positions, heading ids, the glossary it uses. */
function finishTree(parsed: Root, glossary: readonly GlossaryEntry[] = []): ArticleBody {
  const body: ArticleBody = stripPositions(parsed);
  markHeadings(body);
  const used = usedGlossary(bodyText(body), glossary);
  if (used.length > 0) body.data = { ...body.data, glossary: used };
  return body;
}

/** Everything the content has besides its articles, and the problems found in it. */
export interface ContentSettings {
  files: ContentFiles;
  site: SiteSettings | undefined;
  topics: Topic[] | undefined;
  glossary: GlossaryEntry[] | undefined;
  notices: Partial<Notices>;
  pages: Page[];
  /** What every article is checked against, and its digest for cache keys. */
  context: ArticleContext;
  contextKey: string;
}

/**
 * Reads and checks the settings files, the notices and the pages. Their problems are
 * recorded in `files.problems` and thrown with the articles' by {@link assembleContent}.
 */
export function readContentSettings(contentDir: string): ContentSettings {
  const files = new ContentFiles(contentDir);
  const problems = files.problems;
  const { site, topics, glossary, context } = readSettings(files);

  const markdown = (path: string) => {
    const text = files.read(path);
    if (text === undefined) return undefined;
    const parsed = parseMarkdownFile(files.display(path), text, glossary);
    problems.push(...parsed.problems);
    return parsed.yaml === undefined ? undefined : { file: files.display(path), yaml: parsed.yaml, body: parsed.body };
  };

  const notice = (name: string): Notice | undefined => {
    const parsed = markdown(join(contentDir, 'notices', `${name}.md`));
    if (!parsed) return undefined;
    const fm = parseYamlData(noticeSchema, { file: parsed.file, text: parsed.yaml, lineOffset: 1 }, ['title', 'description']);
    if (!fm.ok) return void problems.push(...fm.problems);
    // A notice lists no sources: a citation in one names a reference that cannot exist.
    problems.push(...resolveCitations(parsed.file, parsed.body, []).problems);
    return { title: fm.value.title, body: finishTree(parsed.body) };
  };
  const disclaimer = notice('disclaimer');
  const crisis = notice('crisis');

  const pages: Page[] = [];
  for (const path of files.list('pages')) {
    const slug = basename(path, '.md');
    // A page's file name is its address, /<slug>/, beside the site's own folders.
    const badName = !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)
      ? `expected a file name of lowercase words joined by hyphens, got "${slug}.md"`
      : reservedPageSlugs.includes(slug)
        ? `expected a page name other than ${reservedPageSlugs.join(', ')}, which the site uses for its own pages, got "${slug}.md"`
        : undefined;
    if (badName) {
      problems.push({ file: files.display(path), line: 1, column: 1, field: 'slug', message: badName });
      continue;
    }
    const parsed = markdown(path);
    if (!parsed) continue;
    const fm = parseYamlData(pageSchema, { file: parsed.file, text: parsed.yaml, lineOffset: 1 }, pageFields, checkReferences);
    if (!fm.ok) {
      problems.push(...fm.problems);
      continue;
    }
    const cited = resolveCitations(parsed.file, parsed.body, fm.value.references, { at: fm.at });
    problems.push(...cited.problems);
    pages.push({
      slug,
      title: fm.value.title,
      description: fm.value.description ?? '',
      body: finishTree(parsed.body, glossary),
      references: cited.references,
    });
  }
  return {
    files,
    site,
    topics,
    glossary,
    notices: { ...(disclaimer ? { disclaimer } : {}), ...(crisis ? { crisis } : {}) },
    pages,
    context,
    contextKey: contextKey(context),
  };
}

const pageFields: FieldNames = (path) => Object.keys(path[0] === 'references' ? referenceSchema.shape : pageSchema.shape);

/** One article file and the key its compilation is cached under. */
export interface ArticleSource {
  path: string;
  /** The name problems show, such as `content/articles/kap-and-ptsd.md`. */
  file: string;
  slug: string;
  key: string;
}

/**
 * Every article file, with its cache key: each file is read and hashed, not parsed. A
 * caller that has already listed and hashed every file of the content folder passes
 * their {@link digestBytes} by path, sorted: the folder is then neither listed nor read.
 */
export function listArticleSources(settings: ContentSettings, fileDigests?: ReadonlyMap<string, string>): ArticleSource[] {
  const { files } = settings;
  return files.list('articles').flatMap((path) => {
    const file = files.display(path);
    let digest = fileDigests?.get(path);
    if (digest === undefined) {
      const bytes = files.bytes(path);
      if (bytes === undefined) return [];
      digest = digestBytes(bytes);
    }
    return [{ path, file, slug: basename(path, '.md'), key: articleCacheKey(file, digest, settings.contextKey) }];
  });
}

/** Options for {@link assembleContent}. */
export interface AssembleContentOptions {
  now?: Date | undefined;
  /** Where bodies are read from; a body it does not hold is compiled again from its file. */
  cache?: ArticleCache;
}

/**
 * Makes the content from the settings and every article's summary: checks slugs and the
 * links between articles, leaves out drafts and articles dated after today, and warns of
 * overdue reviews. Bodies are read only when asked for. Throws a {@link ContentProblemsError}
 * holding every problem of every file, the settings' too.
 */
export function assembleContent(
  settings: ContentSettings,
  entries: readonly { source: ArticleSource; summary: ArticleSummary }[],
  options: AssembleContentOptions = {},
): CompiledContent {
  const { site, topics, glossary, context } = settings;
  const { disclaimer, crisis } = settings.notices;
  const problems = [...settings.files.problems];
  const warnings: Problem[] = [];
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const articles: ArticleMeta[] = [];
  const sources = new Map<string, ArticleSource>();
  const slugFiles = new Map<string, string>();
  const links: { file: string; link: InternalLink }[] = [];
  const brokenSlugs = new Set<string>();
  const revisions = new Map<string, string>();
  for (const { source, summary } of entries) {
    const { file, slug } = source;
    const seenIn = slugFiles.get(slug);
    if (seenIn) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'slug',
        message: `expected a unique slug, got "${slug}", which ${seenIn} also uses`,
      });
      continue;
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
    problems.push(...summary.problems);
    links.push(...summary.links.map((link) => ({ file, link })));
    if (!summary.article) {
      // Its own problems are reported; links to it are not reported again as unknown.
      brokenSlugs.add(slug);
      continue;
    }
    if (!isPublished(summary.article, today)) continue;
    const meta = articleMeta(slug, summary.article);
    if (meta.review && meta.review.nextDue < today) {
      const { line = 1, column = 1 } = summary.article.nextDueAt ?? {};
      warnings.push({
        file,
        line,
        column,
        field: 'review.nextDue',
        message: `expected a clinical review by ${meta.review.nextDue}, got none recorded since ${meta.review.date}: review the article and record the new review`,
      });
    }
    articles.push(meta);
    sources.set(slug, source);
    revisions.set(slug, source.key);
  }

  const known = { articles: new Set(articles.map((article) => article.slug)), topics: new Set(context.topicSlugs) };
  const brokenTargets = { articles: brokenSlugs, topics: new Set<string>() };
  // A suggestion compares the link with every known slug: a few are a help, but thousands
  // of broken links on a site of 100,000 articles would take hours.
  let suggestions = 0;
  for (const { file, link } of links) {
    if (!known[link.kind].has(link.slug) && !brokenTargets[link.kind].has(link.slug)) {
      const hint =
        suggestions++ < maxSuggestions ? didYouMean(link.slug, known[link.kind]).replace(/"([^"]+)"/, `"/${link.kind}/$1/"`) : '';
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

  if (
    articles.length === 0 &&
    !problems.some((problem) => problem.file.startsWith(settings.files.display(join(settings.files.root, 'articles'))))
  ) {
    // A site, its feeds and its index need at least one article to list.
    problems.push({
      file: settings.files.display(join(settings.files.root, 'articles')),
      line: 1,
      column: 1,
      field: 'articles',
      message: 'expected at least one published article, got none: every article is a draft or dated after today',
    });
  }
  if (problems.length > 0 || !site || !topics || !glossary || !disclaimer || !crisis) {
    throw new ContentProblemsError(sortProblems(problems));
  }
  articles.sort((a, b) => compareText(b.published, a.published) || compareText(a.slug, b.slug));
  return {
    content: {
      site,
      glossary,
      topics,
      notices: { disclaimer, crisis },
      pages: settings.pages,
      articles,
      getBody(slug) {
        const source = sources.get(slug);
        if (!source) throw new Error(`No published article has the slug "${slug}"`);
        return readBody(source, context, options.cache);
      },
    },
    warnings: sortProblems(warnings),
    revisions,
  };
}

/**
 * An article's body: from the cache when it holds a sound one, else compiled again from
 * its file (and kept), so a lost or corrupt cache entry costs time, never a wrong page.
 */
export function readBody(source: ArticleSource, context: ArticleContext, cache?: BodyStore): Root {
  const cached = cache?.getBody(source.key);
  if (cached) return cached;
  const compiled = compileArticle(source.file, readFileSync(source.path), context);
  if (!compiled.article) throw new Error(`${source.file} no longer compiles: publish again`);
  cache?.set(source.key, compiled);
  return compiled.article.body;
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
