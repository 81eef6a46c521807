import type { Summary } from '../content-api';
import { Pagination } from './Pagination';
import { StoryCard } from './StoryCard';

interface Props {
  listing: { items: readonly Summary[]; page: number; pageCount: number };
  /** The address of a page of this listing (section, tag). */
  hrefFor: (page: number) => string;
}

/** One page of a paged story listing (section, tag) with links to its neighbouring pages. */
export function StoryListing({ listing, hrefFor }: Props) {
  return (
    <>
      <ol className="listing">
        {listing.items.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} />
          </li>
        ))}
      </ol>
      <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={hrefFor} />
    </>
  );
}
