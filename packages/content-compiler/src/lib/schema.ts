import { z } from 'zod';

/** True when `value` is a real calendar day written as YYYY-MM-DD (2025-02-30 is not). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar day written as YYYY-MM-DD; the schema lets only real days through. */
export type IsoDate = `${number}-${number}-${number}`;

const isoDate = z
  .string({ error: 'expected a date like 2025-03-12' })
  // For the JSON Schema that editors check frontmatter with; the refinement below is the real check.
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date like 2025-03-12' })
  .superRefine((value, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) ctx.addIssue({ code: 'custom', message: 'expected a date like 2025-03-12' });
    else if (!isRealDate(value)) ctx.addIssue({ code: 'custom', message: 'expected a real calendar date' });
  })
  .transform((value) => value as IsoDate);

const slug = z
  .string({ error: 'expected a slug of lowercase words joined by hyphens, like "long-term-outcomes"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'expected a slug of lowercase words joined by hyphens, like "long-term-outcomes"',
  });

const text = z.string({ error: 'expected text' }).trim().min(1, { error: 'expected text' });

/** A DOI as Crossref recommends matching one: `10.` a registrant code, a slash, a suffix. */
export const doiPattern = /^10\.\d{4,9}\/[-._;()/:a-z0-9<>[\]]+$/i;

/**
 * One source an article or page cites. Exactly one of `doi` and `url` is given: a check
 * beside the schema says so with the entry's place, which a refinement could not.
 */
export const referenceSchema = z.strictObject({
  id: z
    .string({ error: 'expected an id of lowercase words joined by hyphens, like "feder-2021"' })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id of lowercase words joined by hyphens, like "feder-2021"' }),
  authors: text,
  title: text,
  publication: text,
  year: z
    .number({ error: 'expected a year like 2021' })
    .int({ error: 'expected a year like 2021' })
    .min(1800, { error: 'expected a year like 2021' })
    .max(2100, { error: 'expected a year like 2021' }),
  doi: z
    .string({ error: 'expected a DOI like 10.1176/appi.ajp.2020.20050596' })
    .regex(doiPattern, { error: 'expected a DOI like 10.1176/appi.ajp.2020.20050596, without https://doi.org/' })
    .optional(),
  url: z.url({ protocol: /^https$/, error: 'expected an https address, like "https://www.fda.gov/"' }).optional(),
});

// An article or a page lists its sources, numbered later in the order the text cites them.
const references = z.array(referenceSchema, { error: 'expected a list of references' }).default([]);

/** A clinical review of an article: who did it, with what credentials, when, and when it is next due. */
export const reviewSchema = z.strictObject(
  {
    reviewer: text,
    credentials: text,
    date: isoDate,
    nextDue: isoDate,
  },
  { error: 'expected a review with reviewer, credentials, date and nextDue' },
);

/** An article's frontmatter, as authors write it. */
export const frontmatterSchema = z.strictObject({
  title: text,
  description: text.max(300, { error: 'expected at most 300 characters: one or two sentences' }),
  published: isoDate,
  updated: isoDate.optional(),
  review: reviewSchema.optional(),
  topics: z.array(slug, { error: 'expected a list of topic slugs, like [ptsd, depression]' }).min(1, {
    error: 'expected at least one topic',
  }),
  tags: z.array(slug, { error: 'expected a list of tags, like [ketamine, therapy]' }).default([]),
  draft: z.boolean({ error: 'expected true or false' }).default(false),
  references,
});

/** content/site.yaml: settings for every channel. */
export const siteSchema = z.strictObject({
  title: text,
  description: text,
  language: z
    .string({ error: 'expected a language tag like "en" or "en-US"' })
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag like "en" or "en-US"' }),
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'expected an absolute http or https address, like "https://example.org/"' })
    .transform((url) => (url.endsWith('/') ? url : `${url}/`)),
  publisher: text,
  author: text,
});

/** One entry of content/topics.yaml. */
export const topicSchema = z.strictObject({
  slug,
  title: text,
  description: text,
});

/** One entry of content/glossary.yaml. */
export const glossaryEntrySchema = z.strictObject({
  term: z
    .string({ error: 'expected an abbreviation in capitals, like "PTSD"' })
    .regex(/^[A-Z][A-Z0-9]+$/, { error: 'expected an abbreviation in capitals, like "PTSD"' }),
  expansion: text,
});

/** The frontmatter of content/notices/*.md. */
export const noticeSchema = z.strictObject({
  title: text,
  description: text.optional(),
});

/** The frontmatter of content/pages/*.md: a notice's, and the sources the page cites. */
export const pageSchema = z.strictObject({
  ...noticeSchema.shape,
  references,
});

export const topicsSchema = z.array(topicSchema, { error: 'expected a list of topics' });
export const glossarySchema = z.array(glossaryEntrySchema, { error: 'expected a list of glossary entries' });
