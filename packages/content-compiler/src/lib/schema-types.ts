// The types the schemas produce. scripts/generate-types.mjs flattens these into
// src/generated/schema-types.ts so the published declarations never import zod.
import type { z } from 'zod';
import type {
  IsoDate as Day,
  frontmatterSchema,
  glossaryEntrySchema,
  noticeSchema,
  pageSchema,
  referenceSchema,
  reviewSchema,
  siteSchema,
  topicSchema,
} from './schema.js';

/** A calendar day written as YYYY-MM-DD. */
export type IsoDate = Day;

export type Frontmatter = z.output<typeof frontmatterSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
export type Topic = z.output<typeof topicSchema>;
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
export type NoticeFrontmatter = z.output<typeof noticeSchema>;
export type PageFrontmatter = z.output<typeof pageSchema>;

/** A source as an article or page lists it: exactly one of `doi` and `url` is set. */
export type Reference = z.output<typeof referenceSchema>;

/** A recorded clinical review: who, with what credentials, when, and when the next is due. */
export type Review = z.output<typeof reviewSchema>;
