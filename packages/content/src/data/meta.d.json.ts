// The shape of dist/data/meta.json, which @kap/content-compiler writes from the content.
import type { ArticleMeta, GlossaryEntry, Notices, Page, SiteSettings, Topic } from '../types.js';

declare const meta: {
  site: SiteSettings;
  glossary: readonly GlossaryEntry[];
  topics: readonly Topic[];
  notices: Notices;
  pages: readonly Page[];
  articles: readonly ArticleMeta[];
};
export = meta;
