import { useRegisterSW } from 'virtual:pwa-register/react';
import { useStrings } from '../../i18n';

const HOUR_MS = 60 * 60 * 1000;

let reloading = false;

/**
 * Reloads once the waiting worker has taken over. vite-plugin-pwa reloads by
 * itself only when the page was already controlled when it registered, not on
 * the very first visit's tab; listening for the controller change covers both.
 */
function reloadForUpdate(): void {
  if (reloading) return;
  reloading = true;
  window.location.reload();
}

function switchToNewVersion(update: () => Promise<void>): void {
  navigator.serviceWorker?.addEventListener('controllerchange', reloadForUpdate, { once: true });
  void update();
}

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
    onNeedReload: reloadForUpdate,
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
          <button type="button" className="button" onClick={() => switchToNewVersion(updateServiceWorker)}>
            {strings.updateReload}
          </button>
        </div>
      )}
    </div>
  );
}
