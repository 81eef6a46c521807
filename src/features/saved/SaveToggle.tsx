import type { Article } from '../../content-api';
import { useStrings } from '../../i18n';
import type { SaveOutcome } from './savedArticles';
import { useSaveToggle } from './useSaveToggle';
import './saved.css';

function useOutcomeMessage(outcome: SaveOutcome | null): string | null {
  const strings = useStrings().offline;
  if (outcome?.status === 'failed') return outcome.problem === 'quota' ? strings.errorQuota : strings.errorRefused;
  if (outcome?.status === 'saved-without-images') return strings.errorImages;
  return null;
}

/** "Save for offline" on an article page; a storage failure is said in place, never thrown. */
export function SaveToggle({ article }: { article: Article }) {
  const strings = useStrings().offline;
  const { saved, busy, outcome, toggle } = useSaveToggle(article);
  const message = useOutcomeMessage(outcome);
  return (
    <div className="save-toggle">
      <button
        type="button"
        className={saved ? 'button save-toggle__button save-toggle__button--saved' : 'button button--quiet save-toggle__button'}
        aria-busy={busy || undefined}
        onClick={toggle}
      >
        {saved ? strings.unsave : strings.save}
      </button>
      <p className="save-toggle__message" role="alert">
        {message}
      </p>
    </div>
  );
}
