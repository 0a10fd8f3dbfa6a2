import { absoluteUrl } from '@kap/content';
import type { ArticleMeta, SiteSettings } from '@kap/content-compiler/types';
import { medicalSubjects } from './medical-subjects.js';
import { sitePaths } from './web-paths.js';

/**
 * schema.org MedicalWebPage data for an article: what it is about, who it is for, who
 * wrote and published it, and when it was published, changed and last reviewed.
 */
export function articleJsonLd(site: SiteSettings, article: ArticleMeta): object {
  const url = absoluteUrl(site, sitePaths.article(article.slug));
  const home = absoluteUrl(site, sitePaths.home);
  const publisher = { '@type': 'Organization', name: site.publisher, url: home };
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: article.title,
    headline: article.title,
    description: article.description,
    inLanguage: site.language,
    datePublished: article.published,
    dateModified: article.modified,
    lastReviewed: article.reviewed,
    about: medicalSubjects(article.topics),
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    specialty: 'https://schema.org/Psychiatric',
    keywords: article.tags.join(', '),
    author: { '@type': 'Organization', name: site.author },
    reviewedBy: { '@type': 'Organization', name: site.author },
    publisher,
    isPartOf: { '@type': 'WebSite', name: site.title, url: home },
  };
}
