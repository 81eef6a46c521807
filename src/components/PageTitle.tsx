import { useQuery } from '@tanstack/react-query';
import { siteQuery } from '../content-api';

/** The document title: the page's own name, then the site's; React hoists it into <head>. */
export function PageTitle({ title }: { title?: string }) {
  const { data: site } = useQuery(siteQuery());
  const parts = [title, site?.name].filter((part): part is string => Boolean(part));
  if (parts.length === 0) return null;
  return <title>{parts.join(' | ')}</title>;
}
