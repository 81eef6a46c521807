import { useRegisterSW } from 'virtual:pwa-register/react';
import { useStrings } from '../../i18n';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Registers the service worker and, when a new build's worker is waiting,
 * offers to switch. The reload happens only once the new worker controls the
 * page, so new code never runs against an old page or the reverse.
 */
export function UpdatePrompt() {
  const strings = useStrings().offline;
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // A reader may keep the tab open for days; browsers only check on navigation.
      if (registration) setInterval(() => void registration.update().catch(() => undefined), HOUR_MS);
    },
  });
  return (
    <div role="status" className="update-prompt" hidden={!needRefresh}>
      {needRefresh && (
        <div className="update-prompt__box">
          <p className="update-prompt__text">{strings.updateAvailable}</p>
          <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
            {strings.updateReload}
          </button>
        </div>
      )}
    </div>
  );
}
