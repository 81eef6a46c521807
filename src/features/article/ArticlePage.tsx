import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { articleQuery, paths } from '../../content-api';
import { QueryRegion, Skeleton } from '../../components';
import { useStrings } from '../../i18n';
import { absoluteUrl } from '../../seo';
import { SaveToggle } from '../saved';
import { Share } from '../share';
import { Sidebars } from '../sidebar';
import { ArticleView } from './ArticleView';

/** The article route: the story, and its section's lists beside it. */
export function ArticlePage() {
  const { lang = '', id = '' } = useParams();
  const strings = useStrings();
  const query = useQuery(articleQuery(lang, id));
  return (
    <div className="page-grid">
      <div className="page-grid__main">
        <QueryRegion
          query={query}
          what={strings.what.article}
          placeholder={<Skeleton lines={12} blockRem={4} className="skeleton--article" />}
        >
          {(article) => (
            <>
              <ArticleView article={article} />
              <SaveToggle article={article} />
              {/* The canonical address, whatever address the reader arrived by. */}
              <Share url={absoluteUrl(paths.article(article))} title={article.headline} />
            </>
          )}
        </QueryRegion>
      </div>
      <Sidebars lang={lang} section={query.data?.section ?? null} />
    </div>
  );
}
