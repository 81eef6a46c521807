import type { Image } from '../content-api/schemas';

/**
 * The preview image for pages without one of their own, sized as the large
 * summary cards want (1.91:1). Files live in public/.
 */
export const defaultShareImage = {
  src: '/og-default.png',
  width: 1200,
  height: 630,
} as const;

/** The publisher logo schema.org asks for in NewsArticle. */
export const publisherLogo = {
  src: '/publisher-logo.png',
  width: 600,
  height: 60,
} as const;

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Preview crawlers show raster images only: an SVG (like the sample pictures) would leave the card blank. */
const previewable = /\.(?:jpe?g|png|webp|gif)(?:[?#]|$)/i;

export function shareImage(image: Image | null, fallbackAlt: string, absolute: (path: string) => string): ShareImage {
  if (image && previewable.test(image.src)) return { url: absolute(image.src), width: image.width, height: image.height, alt: image.alt || fallbackAlt };
  return { url: absolute(defaultShareImage.src), width: defaultShareImage.width, height: defaultShareImage.height, alt: fallbackAlt };
}
