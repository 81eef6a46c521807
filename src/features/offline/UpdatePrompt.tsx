import { useEffect, useSyncExternalStore } from 'react';
import { useStrings } from '../../i18n';
import { registerServiceWorker, serviceWorkerUpdate } from './serviceWorkerUpdates';

/**
 * Registers the service worker once the app has rendered and, when a new
 * build's worker is waiting, offers to switch to it.
 */
export function UpdatePrompt() {
  const strings = useStrings().offline;
  const needRefresh = useSyncExternalStore(serviceWorkerUpdate.subscribe, serviceWorkerUpdate.get, () => false);
  useEffect(() => {
    // Production builds only: the dev server serves no worker.
    if (import.meta.env.PROD) registerServiceWorker();
  }, []);
  return (
    <div role="status" className="update-prompt" hidden={!needRefresh}>
      {needRefresh && (
        <div className="update-prompt__box">
          <p className="update-prompt__text">{strings.updateAvailable}</p>
          <button type="button" className="button" onClick={() => serviceWorkerUpdate.activate()}>
            {strings.updateReload}
          </button>
        </div>
      )}
    </div>
  );
}
