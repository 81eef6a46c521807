import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import type { StoryList } from '../../content-api';
import { LabelledSection, Link, QueryRegion, Skeleton } from '../../components';

interface Props<K extends QueryKey> {
  title: string;
  options: UseQueryOptions<StoryList, Error, StoryList, K>;
  /** How many rows to hold space for while the list loads. */
  rows?: number;
}

/** A titled, ranked list of stories that loads and fails on its own. */
export function StoryListRegion<K extends QueryKey>({ title, options, rows = 5 }: Props<K>) {
  const query = useQuery(options);
  return (
    <LabelledSection className="story-list-region" headingClassName="story-list-region__title" title={title}>
      <QueryRegion query={query} what={title} placeholder={<Skeleton lines={rows} className="skeleton--list" />}>
        {(list) => (
          <ol className="story-list-region__list">
            {list.items.map((story) => (
              <li key={story.id}>
                <Link to={story.path}>{story.headline}</Link>
              </li>
            ))}
          </ol>
        )}
      </QueryRegion>
    </LabelledSection>
  );
}
