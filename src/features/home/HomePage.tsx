import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { homeQuery } from '../../content-api';
import { LabelledSection, QueryRegion, Skeleton, StoryCard } from '../../components';
import { useEdition, useStrings } from '../../i18n';
import { Sidebars } from '../sidebar';
import { SectionBlock } from './SectionBlock';

/** The edition's front page: lead stories, a block per section, and Top Stories beside them. */
export function HomePage() {
  const { lang = '' } = useParams();
  const strings = useStrings();
  const { site, edition } = useEdition();
  const query = useQuery(homeQuery(lang));
  return (
    <div className="page-grid">
      <div className="page-grid__main">
        {site && <title>{strings.homeTitle(site.name, edition?.tagline ?? site.tagline)}</title>}
        <h1 className="visually-hidden">{strings.homeHeading(site?.name ?? '')}</h1>
        <QueryRegion
          query={query}
          what={strings.what.home}
          placeholder={<Skeleton lines={14} blockRem={16} className="skeleton--home" />}
        >
          {(home) => (
            <>
              {home.lead.length > 0 && (
                <LabelledSection className="home-lead" headingClassName="visually-hidden" title={strings.leadStories}>
                  <ol className="home-lead__list">
                    {home.lead.map((story, i) => (
                      <li key={story.id}>
                        <StoryCard story={story} headingLevel={3} variant={i === 0 ? 'lead' : 'standard'} inFirstScreen />
                      </li>
                    ))}
                  </ol>
                </LabelledSection>
              )}
              {home.sections.map((block) => (
                <SectionBlock key={block.section.slug} lang={lang} section={block.section} stories={block.items} />
              ))}
            </>
          )}
        </QueryRegion>
      </div>
      <Sidebars lang={lang} section={null} />
    </div>
  );
}
