import { useSyncExternalStore } from 'react';
import { useStrings } from '../../i18n';
import { installPrompt } from './installPrompt';

/** Shown only while the browser offers installation; gone once installed or the offer is used. */
export function InstallButton() {
  const strings = useStrings().offline;
  const offer = useSyncExternalStore(installPrompt.subscribe, installPrompt.get, () => null);
  if (!offer) return null;
  return (
    <button type="button" className="button button--quiet install-button" onClick={() => void installPrompt.prompt()}>
      {strings.install}
    </button>
  );
}
