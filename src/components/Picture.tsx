import type { Image } from '../content-api';
import { useSaveData } from './saveData';

interface Props {
  image: Image;
  /** The page's main image: fetched first and never lazily. */
  priority?: boolean;
  className?: string;
  sizes?: string;
}

/** An image that reserves its box before it loads, so nothing below it moves. */
export function Picture({ image, priority = false, className, sizes }: Props) {
  const savingData = useSaveData();
  // Saving data, even the main image waits until it is about to be seen.
  const eager = priority && !savingData;
  return (
    <img
      className={className ? `picture ${className}` : 'picture'}
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      decoding="async"
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
    />
  );
}
