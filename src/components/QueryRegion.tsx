import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './ErrorPanel';

interface Props<T> {
  query: UseQueryResult<T>;
  /** What the region shows, for the error sentence: "this article", "Most Visited in Politics". */
  what: string;
  /** Shown while loading; should take the space the content will. */
  placeholder: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The one way a region of a page handles its data: a placeholder while it
 * loads, a message with a retry when it fails, the content when it is there.
 * Data already shown stays shown when a background refresh fails.
 */
export function QueryRegion<T>({ query, what, placeholder, children }: Props<T>) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) {
    return (
      <ErrorPanel
        what={what}
        retrying={query.isFetching}
        onRetry={() => void query.refetch({ cancelRefetch: false })}
      />
    );
  }
  return <div aria-busy="true">{placeholder}</div>;
}
