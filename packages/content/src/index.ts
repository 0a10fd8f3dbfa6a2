export {
  getArticle,
  getArticleBody,
  getArticles,
  getArticlesByTopic,
  getGlossary,
  getNotices,
  getPages,
  getSite,
  getTopic,
  getTopics,
  loadContent,
} from './read-content.js';
export { absoluteUrl, sitePaths } from './site-paths.js';
export type {
  ArticleBody,
  ArticleMeta,
  Content,
  GlossaryEntry,
  Heading,
  Notice,
  Notices,
  Page,
  SiteSettings,
  Topic,
} from './types.js';
