import { paths, type SectionRef, type Summary } from '../../content-api';
import { LabelledSection, Link, StoryCard } from '../../components';

interface Props {
  lang: string;
  section: SectionRef;
  stories: readonly Summary[];
}

/** A section's latest stories on the front page, under a heading that leads to the section. */
export function SectionBlock({ lang, section, stories }: Props) {
  return (
    <LabelledSection
      className="home-section"
      headingClassName="home-section__title"
      title={<Link to={paths.section(lang, section.slug)}>{section.title}</Link>}
    >
      <ol className="home-section__list">
        {stories.map((story, i) => (
          <li key={story.id}>
            <StoryCard story={story} headingLevel={3} variant={i === 0 ? 'standard' : 'compact'} />
          </li>
        ))}
      </ol>
    </LabelledSection>
  );
}
