import type { Image } from '../content-api';
import { useSaveData } from './saveData';

interface Props {
  image: Image;
  /** The page's main image: fetched first and never lazily. */
  priority?: boolean;
  /** Drawn in the first screen (the first stories of a listing): not lazily, at the browser's usual priority. */
  inFirstScreen?: boolean;
  className?: string;
  /** How wide the picture is drawn, for choosing among its sources (the `sizes` attribute). */
  sizes: string;
}

/**
 * How wide pictures are drawn, mirroring the layout: a story's own column is at most 46rem
 * (article.css, layout.css breakpoints) and a listing thumbnail 10rem from 36rem up (story.css).
 */
export const PICTURE_SIZES = {
  column: '(min-width: 60rem) 46rem, 100vw',
  thumbnail: '(min-width: 36rem) 10rem, 100vw',
} as const;

/** Every width the picture comes in, `src` included, for the srcset attribute; undefined when there is only one. */
export function srcSetOf(image: Image): string | undefined {
  if (!image.sources?.length) return undefined;
  const all = [...image.sources, { src: image.src, width: image.width }].sort((a, b) => a.width - b.width);
  const unique = all.filter((source, i) => i === 0 || source.width !== all[i - 1]!.width);
  return unique.map((source) => `${source.src} ${source.width}w`).join(', ');
}

/** An image that reserves its box before it loads, so nothing below it moves. */
export function Picture({ image, priority = false, inFirstScreen = false, className, sizes }: Props) {
  const savingData = useSaveData();
  // Saving data, even the main image waits until it is about to be seen.
  const eager = (priority || inFirstScreen) && !savingData;
  return (
    <img
      className={className ? `picture ${className}` : 'picture'}
      src={image.src}
      srcSet={srcSetOf(image)}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={image.sources?.length ? sizes : undefined}
      decoding="async"
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager && priority ? 'high' : undefined}
    />
  );
}
