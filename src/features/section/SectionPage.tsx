import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router-dom';
import { parsePage, paths, sectionPageQuery } from '../../content-api';
import { PageTitle, QueryRegion, Skeleton, StoryListing } from '../../components';
import { useSectionTitle, useStrings } from '../../i18n';
import { Sidebars } from '../sidebar';

/** A section listing: its stories newest first, a page at a time, with the section's lists beside it. */
export function SectionPage() {
  const { lang = '', section = '' } = useParams();
  const [searchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page')) ?? 1;
  const strings = useStrings();
  const title = useSectionTitle(section);
  const query = useQuery(sectionPageQuery(lang, section, page));
  return (
    <div className="page-grid">
      <div className="page-grid__main">
        <PageTitle title={strings.sectionTitle(title, page)} />
        <h1 className="page-heading">{title}</h1>
        <QueryRegion
          query={query}
          what={strings.what.section(title)}
          placeholder={<Skeleton lines={16} className="skeleton--listing" />}
        >
          {(listing) =>
            listing.items.length === 0 ? (
              <p>{strings.noStories}</p>
            ) : (
              <StoryListing listing={listing} hrefFor={(p) => paths.section(lang, section, p)} />
            )
          }
        </QueryRegion>
      </div>
      <Sidebars lang={lang} section={section} />
    </div>
  );
}
