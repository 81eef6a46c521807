import { useSyncExternalStore } from 'react';
import { useOnline } from '../../components/useOnline';
import { useEdition, useStrings } from '../../i18n';
import { formatAge } from './formatAge';
import { useShownDataTime } from './useShownDataTime';

const TICK_MS = 15_000;

function subscribeClock(onTick: () => void): () => void {
  const timer = setInterval(onTick, TICK_MS);
  return () => clearInterval(timer);
}

/** The time, to the tick, so an age on screen keeps counting while the reader stays offline. */
const clockSnapshot = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;

function useClock(): number {
  return useSyncExternalStore(subscribeClock, clockSnapshot, clockSnapshot);
}

/** Says the reader is offline and how old what they are reading is; says nothing online. */
export function OfflineBanner() {
  const online = useOnline();
  const strings = useStrings().offline;
  const { edition, lang } = useEdition();
  const shownAt = useShownDataTime();
  const now = useClock();
  return (
    <div role="status" className="offline-banner" hidden={online}>
      {!online && (
        <p className="offline-banner__text shell">
          {shownAt > 0 ? strings.bannerAge(formatAge(Math.max(0, now - shownAt), edition?.locale ?? lang ?? 'en')) : strings.banner}
        </p>
      )}
    </div>
  );
}
