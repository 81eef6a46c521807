import { useStrings } from '../i18n';
import { useOnline } from './useOnline';

interface Props {
  /** What could not be loaded, as the sentence names it: "this article", "Top Stories". */
  what: string;
  onRetry: () => void;
  retrying?: boolean;
}

/** Says plainly what failed and offers to try again; the rest of the page stays usable. */
export function ErrorPanel({ what, onRetry, retrying = false }: Props) {
  const strings = useStrings();
  const online = useOnline();
  // Offline, the failure is not a fault: this page was never kept on the device. Say so, and offer the way back.
  if (!online) {
    return (
      <div className="error-panel" role="alert" aria-busy={retrying || undefined}>
        <p className="error-panel__message">
          <strong>{strings.offline.notAvailable}</strong> {strings.offline.notAvailableText(what)}
        </p>
        <button type="button" className="button" onClick={() => window.history.back()}>
          {strings.offline.goBack}
        </button>
      </div>
    );
  }
  return (
    <div className="error-panel" role="alert" aria-busy={retrying || undefined}>
      <p className="error-panel__message">{strings.couldNotLoad(what)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {strings.tryAgain}
      </button>
    </div>
  );
}
