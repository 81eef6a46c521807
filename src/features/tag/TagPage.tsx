import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { parsePage, paths, tagPageQuery } from '../../content-api';
import { PageTitle, QueryRegion, Skeleton, StoryListing } from '../../components';
import { useStrings } from '../../i18n';
import { Sidebars } from '../sidebar';

/** Every story carrying one tag, newest first, a page at a time. */
export function TagPage() {
  const { lang = '', tag = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page')) ?? 1;
  const strings = useStrings();
  const query = useQuery(tagPageQuery(lang, tag, page));
  // The tag's own spelling comes with its first file; the slug stands in until then.
  const name = query.data?.tag.name ?? tag;
  return (
    <div className="page-grid">
      <div className="page-grid__main">
        <PageTitle title={strings.tag.pageTitle(name, page)} />
        <p className="kicker">{strings.tag.kicker}</p>
        <h1 className="page-heading">{name}</h1>
        <QueryRegion query={query} what={strings.tag.what(name)} placeholder={<Skeleton lines={16} className="skeleton--listing" />}>
          {(listing) => (
            <>
              <p className="listing-count">{strings.tag.count(listing.total)}</p>
              <StoryListing listing={listing} hrefFor={(p) => paths.tag(lang, tag, p)} />
            </>
          )}
        </QueryRegion>
      </div>
      <Sidebars lang={lang} section={null} />
    </div>
  );
}
