import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, PageTitle, Time } from '../../components';
import { useStrings } from '../../i18n';
import { refreshSavedList, savedListQuery, savedStore, unsaveArticle } from './savedArticles';
import type { SavedArticle } from './savedStore';
import './saved.css';

function SavedItem({ entry, onRemove }: { entry: SavedArticle; onRemove: () => void }) {
  const strings = useStrings().offline;
  const { article } = entry;
  return (
    <li className="saved-list__item">
      <Link className="saved-list__link" to={article.path}>
        {article.headline}
      </Link>
      <p className="saved-list__meta">
        {strings.savedAt} <Time dateTime={new Date(entry.savedAt).toISOString()} />
      </p>
      <button type="button" className="button button--quiet" aria-label={strings.removeLabel(article.headline)} onClick={onRemove}>
        {strings.remove}
      </button>
    </li>
  );
}

/** `/:lang/saved`: articles kept on this device, newest first; read from IndexedDB, so it works offline. */
export function SavedPage() {
  const strings = useStrings().offline;
  const client = useQueryClient();
  const store = savedStore();
  const { data: entries } = useQuery(savedListQuery(store));
  const [failed, setFailed] = useState(false);

  const remove = (entry: SavedArticle) => {
    void unsaveArticle(entry.article, store).then(async (outcome) => {
      setFailed(outcome.status === 'failed');
      await refreshSavedList(client, store);
    });
  };

  return (
    <div className="saved-page">
      <PageTitle title={strings.savedHeading} />
      <h1 className="page-heading">{strings.savedHeading}</h1>
      <p className="saved-page__note">{strings.savedOfflineNote}</p>
      <p role="alert" className="save-toggle__message">
        {failed ? strings.errorRefused : null}
      </p>
      {entries === undefined ? null : entries.length === 0 ? (
        <p className="saved-page__empty">{strings.savedEmpty}</p>
      ) : (
        <ul className="saved-list">
          {entries.map((entry) => (
            <SavedItem key={`${entry.article.lang}/${entry.article.id}`} entry={entry} onRemove={() => remove(entry)} />
          ))}
        </ul>
      )}
    </div>
  );
}
