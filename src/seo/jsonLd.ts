/**
 * schema.org structured data as plain objects. Fields follow what search
 * engines document for news articles; everything absolute.
 */
import type { Article } from '../content-api/schemas';
import type { ShareImage } from './siteImages';
import { publisherLogo } from './siteImages';

export interface Crumb {
  name: string;
  url: string;
}

export function breadcrumbList(crumbs: readonly Crumb[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export function organization(name: string, homeUrl: string, absolute: (path: string) => string): object {
  return {
    '@type': 'Organization',
    name,
    url: homeUrl,
    logo: {
      '@type': 'ImageObject',
      url: absolute(publisherLogo.src),
      width: publisherLogo.width,
      height: publisherLogo.height,
    },
  };
}

export interface NewsArticleInput {
  article: Article;
  url: string;
  description: string;
  image: ShareImage;
  sectionTitle: string;
  publisher: object;
}

export function newsArticle({ article, url, description, image, sectionTitle, publisher }: NewsArticleInput): object {
  // A wire byline names an agency as often as a person; schema.org accepts either as an author.
  const author = article.byline.trim()
    ? { '@type': 'Person', name: article.byline.trim() }
    : publisher;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description,
    image: [{ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height }],
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: [author],
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: sectionTitle,
    inLanguage: article.lang,
    ...(article.tags.length > 0 ? { keywords: article.tags.join(', ') } : {}),
  };
}

export function webSite(name: string, url: string, description: string, lang: string): object {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name, url, description, inLanguage: lang };
}
