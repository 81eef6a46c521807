import type { Summary } from '../content-api';
import { Link } from './Link';
import { Picture, PICTURE_SIZES } from './Picture';
import { Time } from './Time';

interface Props {
  story: Summary;
  /** lead: large, image fetched first; standard: image and summary; compact: headline and time only. */
  variant?: 'lead' | 'standard' | 'compact';
  headingLevel?: 2 | 3;
  /** Among the first stories of the page, so its picture is likely on the first screen: loaded at once, not lazily. */
  inFirstScreen?: boolean;
}

/** One story in a listing: headline link, lead sentence, time and picture. */
export function StoryCard({ story, variant = 'standard', headingLevel = 2, inFirstScreen = false }: Props) {
  const Heading = `h${headingLevel}` as const;
  const compact = variant === 'compact';
  return (
    <article className={`story-card story-card--${variant}`}>
      {story.image && !compact && (
        <Picture
          className="story-card__image"
          image={story.image}
          priority={variant === 'lead'}
          inFirstScreen={inFirstScreen}
          sizes={variant === 'lead' ? PICTURE_SIZES.column : PICTURE_SIZES.thumbnail}
        />
      )}
      <div className="story-card__text">
        <Heading className="story-card__headline">
          <Link to={story.path}>{story.headline}</Link>
        </Heading>
        {story.summary && !compact && <p className="story-card__summary">{story.summary}</p>}
        <Time className="story-card__time" dateTime={story.publishedAt} relative />
      </div>
    </article>
  );
}
