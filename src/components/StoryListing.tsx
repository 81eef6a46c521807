import type { Summary } from '../content-api';
import { Pagination } from './Pagination';
import { StoryCard } from './StoryCard';

interface Props {
  listing: { items: readonly Summary[]; page: number; pageCount: number };
  /** The address of a page of this listing (section, tag). */
  hrefFor: (page: number) => string;
}

/** How many stories open a listing page on the first screen, a phone's or a desktop's: their pictures load at once. */
const FIRST_SCREEN_STORIES = 2;

/** One page of a paged story listing (section, tag) with links to its neighbouring pages. */
export function StoryListing({ listing, hrefFor }: Props) {
  return (
    <>
      <ol className="listing">
        {listing.items.map((story, i) => (
          <li key={story.id}>
            <StoryCard story={story} inFirstScreen={i < FIRST_SCREEN_STORIES} />
          </li>
        ))}
      </ol>
      <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={hrefFor} />
    </>
  );
}
