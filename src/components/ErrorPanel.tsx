import { useStrings } from '../i18n';

interface Props {
  /** What could not be loaded, as the sentence names it: "this article", "Top Stories". */
  what: string;
  onRetry: () => void;
  retrying?: boolean;
}

/** Says plainly what failed and offers to try again; the rest of the page stays usable. */
export function ErrorPanel({ what, onRetry, retrying = false }: Props) {
  const strings = useStrings();
  return (
    <div className="error-panel" role="alert" aria-busy={retrying || undefined}>
      <p className="error-panel__message">{strings.couldNotLoad(what)}</p>
      <button type="button" className="button" onClick={onRetry}>
        {strings.tryAgain}
      </button>
    </div>
  );
}
