import type { Image } from '../content-api';
import { useStrings } from '../i18n';
import { Picture, PICTURE_SIZES } from './Picture';

/** A picture with its caption and credit, as an article shows it. */
export function Figure({ image, priority = false }: { image: Image; priority?: boolean }) {
  const strings = useStrings();
  const hasCaption = Boolean(image.caption || image.credit);
  return (
    <figure className="figure">
      <Picture image={image} priority={priority} sizes={PICTURE_SIZES.column} />
      {hasCaption && (
        <figcaption className="figure__caption">
          {image.caption}
          {image.credit && <span className="figure__credit">{strings.imageCredit(image.credit)}</span>}
        </figcaption>
      )}
    </figure>
  );
}
