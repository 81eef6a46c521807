import type { Image } from '../content-api';

interface Props {
  image: Image;
  /** The page's main image: fetched first and never lazily. */
  priority?: boolean;
  className?: string;
  sizes?: string;
}

/** An image that reserves its box before it loads, so nothing below it moves. */
export function Picture({ image, priority = false, className, sizes }: Props) {
  return (
    <img
      className={className ? `picture ${className}` : 'picture'}
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  );
}
