export {
  getArticle,
  getArticleBody,
  getArticles,
  getArticlesByTopic,
  getGlossary,
  getNotices,
  getPage,
  getPages,
  getSite,
  getTopic,
  getTopics,
  isArticleSlug,
  isTopicSlug,
  loadContent,
} from './get-content.js';
export { absoluteUrl, sitePaths } from './site-paths.js';
export { toDate } from './to-date.js';
export type {
  ArticleBody,
  ArticleMeta,
  ArticleSlug,
  Citation,
  CitedReference,
  Content,
  DeepReadonly,
  GlossaryEntry,
  Heading,
  IsoDate,
  Notice,
  Notices,
  Page,
  PageSlug,
  Review,
  SiteSettings,
  Topic,
  TopicSlug,
} from './types.js';
export { type SlugKind, UnknownSlugError } from './unknown-slug-error.js';
