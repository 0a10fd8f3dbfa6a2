import { walk } from '@kap/tree-walk';
import type { Nodes, Root } from 'mdast';
import type { Frontmatter } from '../generated/schema-types.js';
import type { ArticleBody, CitedReference, GlossaryEntry, Heading } from '../types.js';
import { checkBody, type InternalLink } from './check-body.js';
import { checkReferences } from './check-references.js';
import { bodyText, countWords, makeExcerpt, markHeadings, mentionsSuicide, usedGlossary } from './derive-fields.js';
import { maxNesting, nestingTooDeepInText, tooDeep } from './nesting-depth.js';
import { parseMarkdown } from './parse-markdown.js';
import { type FieldNames, parseYamlData, type YamlCheck } from './parse-yaml-data.js';
import { didYouMean, type Problem } from './problems.js';
import { positionOfIndex, readSource } from './read-source.js';
import { resolveCitations } from './resolve-citations.js';
import { frontmatterSchema, referenceSchema, reviewSchema } from './schema.js';

/** What an article's checks need from the rest of the content. */
export interface ArticleContext {
  /** Undefined when glossary.yaml itself is broken: abbreviations are not checked then. */
  glossary: readonly GlossaryEntry[] | undefined;
  /** Undefined when topics.yaml itself is broken: topics are not checked then. */
  topicSlugs: readonly string[] | undefined;
}

/** One article file, parsed, checked and derived: everything that depends on that file alone. */
export interface CompiledArticle {
  file: string;
  problems: Problem[];
  links: InternalLink[];
  /** Present when the file is valid. */
  article?: {
    frontmatter: Frontmatter;
    wordCount: number;
    headings: Heading[];
    excerpt: string;
    mentionsSuicide: boolean;
    /** The sources the body cites, numbered in the order it first cites them. */
    references: CitedReference[];
    /** Where `review.nextDue` is written, for the warning when the review is overdue. */
    nextDueAt?: { line: number; column: number };
    body: ArticleBody;
  };
}

export { type ArticleSummary, summarize } from './summarize.js';

/** A Markdown file's frontmatter text and body, checked, or the problems that stop it. */
export function parseMarkdownFile(file: string, text: string, glossary: ArticleContext['glossary']) {
  const brackets = nestingTooDeepInText(text);
  if (brackets) {
    const { line, column } = positionOfIndex(text, brackets.index);
    const message = `expected quotes, lists and square brackets nested at most ${maxNesting} deep, got more`;
    return {
      yaml: undefined,
      body: { type: 'root', children: [] } as Root,
      links: [],
      problems: [{ file, line, column, field: 'nesting', message } satisfies Problem],
    };
  }
  const { yaml, body } = parseMarkdown(text);
  if (yaml === undefined) {
    const problem: Problem = {
      file,
      line: 1,
      column: 1,
      field: 'frontmatter',
      message: 'expected YAML frontmatter between --- lines at the top, got none',
    };
    return { yaml, body, links: [], problems: [problem] };
  }
  const deep = tooDeep(body);
  if (deep) {
    const { line = 1, column = 1 } = deep.node.position?.start ?? {};
    const message = `expected quotes, lists and emphasis nested at most ${maxNesting} levels deep, got ${deep.depth}`;
    // Nothing else walks a tree this deep: every later step would overflow the stack.
    return { yaml: undefined, body, links: [], problems: [{ file, line, column, field: 'nesting', message } satisfies Problem] };
  }
  const found = checkBody(file, body, glossary ?? []);
  const problems = glossary ? found.problems : found.problems.filter((problem) => problem.field !== 'abbreviation');
  return { yaml, body, links: found.links, problems };
}

/** Drops the positions the parser recorded: consumers get the tree alone. */
export function stripPositions(body: Root): Root {
  walk<Nodes>(body, (node) => {
    delete node.position;
  });
  return body;
}

/**
 * Compiles one article file from its bytes. The result depends only on the bytes and the
 * context, which is what lets it be cached and computed in a worker thread.
 */
export function compileArticle(file: string, bytes: Uint8Array, context: ArticleContext): CompiledArticle {
  const source = readSource(file, bytes);
  if (!source.ok) return { file, problems: source.problems, links: [] };
  const parsed = parseMarkdownFile(file, source.text, context.glossary);
  if (parsed.yaml === undefined) return { file, problems: parsed.problems, links: [] };
  const fm = parseYamlData(
    frontmatterSchema,
    { file, text: parsed.yaml, lineOffset: 1 },
    frontmatterFields,
    frontmatterChecks(context.topicSlugs),
  );
  if (!fm.ok) return { file, problems: [...parsed.problems, ...fm.problems], links: parsed.links };
  const frontmatter = fm.value;
  const cited = resolveCitations(file, parsed.body, frontmatter.references, { at: fm.at, citeResearch: true });
  const problems = [...parsed.problems, ...cited.problems];
  if (problems.length > 0) return { file, problems, links: parsed.links };
  const text = bodyText(parsed.body);
  const body: ArticleBody = stripPositions(parsed.body);
  const glossary = usedGlossary(text, context.glossary ?? []);
  if (glossary.length > 0) body.data = { ...body.data, glossary };
  return {
    file,
    problems: [],
    links: parsed.links,
    article: {
      frontmatter,
      wordCount: countWords(text),
      headings: markHeadings(body),
      excerpt: makeExcerpt(body),
      mentionsSuicide: mentionsSuicide(frontmatter.title, frontmatter.description, text),
      references: cited.references,
      ...(frontmatter.review ? { nextDueAt: fm.at(['review', 'nextDue']) } : {}),
      body,
    },
  };
}

// An unknown field is matched against the names its own map may use.
const frontmatterFields: FieldNames = (path) =>
  Object.keys(path[0] === 'review' ? reviewSchema.shape : path[0] === 'references' ? referenceSchema.shape : frontmatterSchema.shape);

function frontmatterChecks(topicSlugs: ArticleContext['topicSlugs']): YamlCheck {
  return (data) => {
    const found = checkReferences(data);
    if (typeof data !== 'object' || data === null) return found;
    const fm = data as Record<string, unknown>;
    if (topicSlugs && Array.isArray(fm.topics)) {
      fm.topics.forEach((topic, index) => {
        if (typeof topic === 'string' && !topicSlugs.includes(topic)) {
          found.push({
            path: ['topics', index],
            message: `expected a topic from topics.yaml, got "${topic}"${didYouMean(topic, topicSlugs)}`,
          });
        }
      });
    }
    if (typeof fm.updated === 'string' && typeof fm.published === 'string' && fm.updated < fm.published) {
      found.push({ path: ['updated'], message: `expected a date on or after published (${fm.published}), got "${fm.updated}"` });
    }
    const review = fm.review as Record<string, unknown> | undefined;
    const day = /^\d{4}-\d{2}-\d{2}$/;
    if (
      typeof review?.date === 'string' &&
      typeof review.nextDue === 'string' &&
      day.test(review.date) &&
      day.test(review.nextDue) &&
      review.nextDue <= review.date
    ) {
      found.push({
        path: ['review', 'nextDue'],
        message: `expected a date after review.date (${review.date}), got "${review.nextDue}"`,
      });
    }
    return found;
  };
}
