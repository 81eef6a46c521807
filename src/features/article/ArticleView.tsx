import { useRef } from 'react';
import { paths, type Article } from '../../content-api';
import { Figure, LabelledSection, Link, PageTitle, Time } from '../../components';
import { formatNumber, useEdition, useSectionTitle, useStrings } from '../../i18n';
import { BlockRenderer } from './BlockRenderer';
import { ReadingProgress } from './ReadingProgress';
import { readingMinutes } from './readingTime';

function wasUpdated(article: Article): boolean {
  return Date.parse(article.updatedAt) !== Date.parse(article.publishedAt);
}

/** One full article: header, lead, body, tags and related stories. */
export function ArticleView({ article }: { article: Article }) {
  const strings = useStrings();
  const sectionTitle = useSectionTitle(article.section);
  const { edition } = useEdition();
  const articleRef = useRef<HTMLElement>(null);
  const minutes = formatNumber(edition?.locale ?? article.lang, readingMinutes(article));
  return (
    <article className="article" ref={articleRef}>
      <PageTitle title={article.headline} />
      <ReadingProgress target={articleRef} />
      <header className="article__header">
        <p className="kicker">
          <Link to={paths.section(article.lang, article.section)}>{sectionTitle}</Link>
          {article.sample && <span className="badge">{strings.sampleArticle}</span>}
        </p>
        <h1 className="article__headline">{article.headline}</h1>
        <div className="article__meta">
          {article.byline && <p className="article__byline">{strings.byline(article.byline)}</p>}
          <p className="article__times">
            <span>
              {strings.published} <Time dateTime={article.publishedAt} />
            </span>
            {wasUpdated(article) && (
              <span>
                {strings.updated} <Time dateTime={article.updatedAt} />
              </span>
            )}
          </p>
          <p className="article__reading-time">{strings.comfort.readingTime(minutes)}</p>
        </div>
      </header>
      {article.image && <Figure image={article.image} priority />}
      <p className="article__lead">
        {article.dateline && (
          <>
            <strong className="article__dateline">{article.dateline}</strong>
            {strings.datelineSeparator}
          </>
        )}
        {article.summary}
      </p>
      <BlockRenderer blocks={article.body} />
      {article.sample && <p className="article__note">{strings.sampleArticleNote}</p>}
      {article.tags.length > 0 && (
        <LabelledSection className="article__tags" headingClassName="subheading" title={strings.tags}>
          <ul className="tag-list">
            {article.tags.map((tag) => (
              <li key={tag}>
                <Link to={paths.tag(article.lang, tag)} rel="tag">
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        </LabelledSection>
      )}
      {article.related.length > 0 && (
        <LabelledSection className="article__related" headingClassName="subheading" title={strings.relatedStories}>
          <ul className="related-list">
            {article.related.map((story) => (
              <li key={story.id}>
                <Link to={story.path}>{story.headline}</Link> <Time dateTime={story.publishedAt} relative />
              </li>
            ))}
          </ul>
        </LabelledSection>
      )}
    </article>
  );
}
