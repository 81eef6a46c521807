/**
 * The head of each kind of page, as pure functions of the content API data:
 * the prerenderer writes them into HTML and the client can apply them after
 * an in-app navigation.
 */
import { paths } from '../content-api/paths';
import type { Article, SectionPage, TagPage } from '../content-api/schemas';
import { absoluteIn, ogLocale, sectionTitle, type SeoContext } from './context';
import type { LinkTag, MetaTag, PageHead } from './head';
import { breadcrumbList, newsArticle, organization, webSite } from './jsonLd';
import { shareImage, type ShareImage } from './siteImages';
import { seoStrings } from './seoStrings';

/** Search engines cut descriptions near here; a whole word reads better than a cut one. */
const DESCRIPTION_MAX = 200;

export function describe(text: string, fallback: string): string {
  const clean = text.replace(/\s+/g, ' ').trim() || fallback;
  if (clean.length <= DESCRIPTION_MAX) return clean;
  const cut = clean.slice(0, DESCRIPTION_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

interface CommonInput {
  ctx: SeoContext;
  title: string;
  /** The title crawlers show in a preview, without the site name. */
  shareTitle: string;
  description: string;
  path: string;
  type: 'article' | 'website';
  image: ShareImage;
  feeds: LinkTag[];
}

function common({ ctx, title, shareTitle, description, path, type, image, feeds }: CommonInput) {
  const url = absoluteIn(ctx)(path);
  const meta: MetaTag[] = [
    { property: 'og:site_name', content: ctx.site.name },
    { property: 'og:locale', content: ogLocale(ctx.edition.locale) },
    { property: 'og:type', content: type },
    { property: 'og:title', content: shareTitle },
    { property: 'og:description', content: description },
    { property: 'og:url', content: url },
    { property: 'og:image', content: image.url },
    { property: 'og:image:width', content: String(image.width) },
    { property: 'og:image:height', content: String(image.height) },
    { property: 'og:image:alt', content: image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: shareTitle },
    { name: 'twitter:description', content: description },
    { name: 'twitter:image', content: image.url },
    { name: 'twitter:image:alt', content: image.alt },
  ];
  const head: PageHead = {
    lang: ctx.edition.lang,
    dir: ctx.edition.dir,
    title,
    description,
    canonical: url,
    robots: null,
    meta,
    links: feeds,
    jsonLd: [],
  };
  return { head, url };
}

function feedLinks(ctx: SeoContext, section: { slug: string; title: string } | null): LinkTag[] {
  const absolute = absoluteIn(ctx);
  const type = 'application/atom+xml';
  const links: LinkTag[] = [];
  if (section) {
    links.push({ rel: 'alternate', type, title: `${ctx.site.name}: ${section.title}`, href: absolute(paths.feed(ctx.edition.lang, section.slug)) });
  }
  links.push({ rel: 'alternate', type, title: ctx.site.name, href: absolute(paths.feed(ctx.edition.lang)) });
  return links;
}

export function articleHead(ctx: SeoContext, article: Article): PageHead {
  const absolute = absoluteIn(ctx);
  const section = { slug: article.section, title: sectionTitle(ctx.edition, article.section) };
  const description = describe(article.summary, article.headline);
  // Large cards need a picture: a story without one shows the site's own rather than none.
  const image = shareImage(article.image, article.headline, absolute);
  const { head, url } = common({
    ctx,
    title: `${article.headline} | ${ctx.site.name}`,
    shareTitle: article.headline,
    description,
    path: paths.article(article),
    type: 'article',
    image,
    feeds: feedLinks(ctx, section),
  });
  head.meta.push(
    { property: 'article:published_time', content: article.publishedAt },
    { property: 'article:modified_time', content: article.updatedAt },
    { property: 'article:section', content: section.title },
    ...article.tags.map((tag) => ({ property: 'article:tag', content: tag })),
  );
  const home = absolute(paths.home(ctx.edition.lang));
  const publisher = organization(ctx.site.name, home, absolute);
  head.jsonLd.push(
    newsArticle({ article, url, description, image, sectionTitle: section.title, publisher }),
    breadcrumbList([
      { name: ctx.site.name, url: home },
      { name: section.title, url: absolute(paths.section(ctx.edition.lang, section.slug)) },
      { name: article.headline, url },
    ]),
  );
  return head;
}

export function sectionHead(ctx: SeoContext, page: SectionPage): PageHead {
  const absolute = absoluteIn(ctx);
  const strings = seoStrings(ctx.edition.lang);
  const named = strings.sectionTitle(page.section.title, page.page);
  const description = describe(strings.sectionDescription(page.section.title, ctx.site.name), ctx.site.name);
  const { head } = common({
    ctx,
    title: `${named} | ${ctx.site.name}`,
    shareTitle: named,
    description,
    path: paths.section(ctx.edition.lang, page.section.slug, page.page),
    type: 'website',
    image: shareImage(null, ctx.site.name, absolute),
    feeds: feedLinks(ctx, page.section),
  });
  const home = absolute(paths.home(ctx.edition.lang));
  head.jsonLd.push(
    breadcrumbList([
      { name: ctx.site.name, url: home },
      { name: page.section.title, url: absolute(paths.section(ctx.edition.lang, page.section.slug)) },
    ]),
  );
  return head;
}

/** A tag's listing, paged like a section: canonical per page, crumbs home > tag. */
export function tagHead(ctx: SeoContext, page: TagPage): PageHead {
  const absolute = absoluteIn(ctx);
  const strings = seoStrings(ctx.edition.lang);
  const named = strings.tagTitle(page.tag.name, page.page);
  const { head, url } = common({
    ctx,
    title: `${named} | ${ctx.site.name}`,
    shareTitle: named,
    description: describe(strings.tagDescription(page.tag.name, ctx.site.name), ctx.site.name),
    path: paths.tag(ctx.edition.lang, page.tag.slug, page.page),
    type: 'website',
    image: shareImage(null, ctx.site.name, absolute),
    feeds: feedLinks(ctx, null),
  });
  head.jsonLd.push(
    breadcrumbList([
      { name: ctx.site.name, url: absolute(paths.home(ctx.edition.lang)) },
      { name: page.tag.name, url: page.page > 1 ? absolute(paths.tag(ctx.edition.lang, page.tag.slug)) : url },
    ]),
  );
  return head;
}

export function homeHead(ctx: SeoContext): PageHead {
  const absolute = absoluteIn(ctx);
  const tagline = ctx.edition.tagline ?? ctx.site.tagline;
  const description = describe(tagline, ctx.site.name);
  const title = tagline ? `${ctx.site.name} — ${tagline}` : ctx.site.name;
  const { head, url } = common({
    ctx,
    title,
    shareTitle: ctx.site.name,
    description,
    path: paths.home(ctx.edition.lang),
    type: 'website',
    image: shareImage(null, ctx.site.name, absolute),
    feeds: feedLinks(ctx, null),
  });
  head.jsonLd.push(webSite(ctx.site.name, url, description, ctx.edition.lang));
  return head;
}

/** A page kept out of indexes and previews: no canonical address, no Open Graph beyond the site's name. */
function unindexedHead(ctx: SeoContext, title: string, description: string): PageHead {
  return {
    lang: ctx.edition.lang,
    dir: ctx.edition.dir,
    title: `${title} | ${ctx.site.name}`,
    description,
    canonical: null,
    robots: 'noindex',
    meta: [{ property: 'og:site_name', content: ctx.site.name }],
    links: feedLinks(ctx, null),
    jsonLd: [],
  };
}

/**
 * The search page before a query: a form, nothing worth indexing or
 * previewing (a shared search link carries a query, and other results).
 */
export function searchHead(ctx: SeoContext): PageHead {
  const strings = seoStrings(ctx.edition.lang);
  return unindexedHead(ctx, strings.searchTitle, strings.searchDescription);
}

/** Not indexed and not canonical: the address is wrong, so no preview should spread it. */
export function notFoundHead(ctx: SeoContext): PageHead {
  return unindexedHead(ctx, seoStrings(ctx.edition.lang).notFoundTitle, ctx.edition.tagline || ctx.site.tagline || ctx.site.name);
}
