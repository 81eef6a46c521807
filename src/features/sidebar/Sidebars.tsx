import { storyListQuery } from '../../content-api';
import { useEdition, useSectionTitle, useStrings } from '../../i18n';
import { StoryListRegion } from './StoryListRegion';

interface Props {
  lang: string;
  /** The section whose lists to show beside Top Stories; null for the edition-wide list only. */
  section: string | null;
}

/** The lists beside a page's main content, each loading and failing on its own. */
export function Sidebars({ lang, section }: Props) {
  const strings = useStrings();
  const title = useSectionTitle(section);
  const rows = useEdition().site?.sidebarSize;
  return (
    <aside className="sidebars" aria-label={strings.moreNews}>
      {section !== null && (
        <>
          <StoryListRegion
            title={strings.mostVisitedIn(title)}
            options={storyListQuery(lang, 'most-visited', section)}
            rows={rows}
          />
          <StoryListRegion
            title={strings.topSectionStories(title)}
            options={storyListQuery(lang, 'top', section)}
            rows={rows}
          />
        </>
      )}
      <StoryListRegion title={strings.topStories} options={storyListQuery(lang, 'top-stories')} rows={rows} />
    </aside>
  );
}
