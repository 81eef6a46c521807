export { siteOrigin, parseSiteOrigin, absoluteUrl, DEFAULT_SITE_ORIGIN } from './siteOrigin';
export { escapeHtml, escapeXml, scriptJson } from './escape';
export { renderHead, type PageHead, type MetaTag, type LinkTag } from './head';
export { articleHead, sectionHead, homeHead, notFoundHead, searchHead, tagHead } from './pageHeads';
export { type SeoContext, sectionTitle } from './context';
export { defaultShareImage, publisherLogo } from './siteImages';
