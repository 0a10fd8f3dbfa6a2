import { absoluteUrl } from '@kap/content';
import type { ArticleMeta, CitedReference, Review, SiteSettings } from '@kap/content-compiler/types';
import { medicalSubjects } from './medical-subjects.js';
import { sitePaths } from './web-paths.js';

/**
 * schema.org MedicalWebPage data for an article: what it is about, who it is for, who
 * wrote and published it, when it was published and changed, the works it cites, and,
 * only when a review is recorded, who reviewed it and when.
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
    ...(article.review ? reviewJsonLd(article.review) : {}),
    about: medicalSubjects(article.topics),
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    specialty: 'https://schema.org/Psychiatric',
    keywords: article.tags.join(', '),
    author: { '@type': 'Organization', name: site.author },
    publisher,
    isPartOf: { '@type': 'WebSite', name: site.title, url: home },
    ...(article.references.length > 0 ? { citation: article.references.map(citationJsonLd) } : {}),
  };
}

// A review is claimed only as the content records it: a named person, never the site.
function reviewJsonLd(review: Review): object {
  return {
    lastReviewed: review.date,
    reviewedBy: {
      '@type': 'Person',
      name: review.reviewer,
      hasCredential: { '@type': 'EducationalOccupationalCredential', name: review.credentials },
    },
  };
}

/**
 * A cited work: a ScholarlyArticle in a periodical when it has a DOI, whose address is
 * its `sameAs`, else a CreativeWork from a publisher at its `url`. The authors stay one
 * text, as the source lists them: splitting "Feder A, et al." into people would guess.
 */
export function citationJsonLd(reference: CitedReference): object {
  const common = { name: reference.title, author: reference.authors, datePublished: String(reference.year) };
  if (reference.doi) {
    return {
      '@type': 'ScholarlyArticle',
      ...common,
      isPartOf: { '@type': 'Periodical', name: reference.publication },
      sameAs: reference.href,
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: reference.doi },
    };
  }
  return { '@type': 'CreativeWork', ...common, publisher: { '@type': 'Organization', name: reference.publication }, url: reference.href };
}
