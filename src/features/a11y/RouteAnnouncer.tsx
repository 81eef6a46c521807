import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { focusPageHeading, whenHeadingAppears } from './routeFocus';

/**
 * After an in-app navigation (never the first load, where the browser has
 * already done this), focus moves to the new page's h1 and the new page's
 * title is read out through a polite live region. A page still loading its
 * data gets both once its heading renders.
 */
export function RouteAnnouncer({ mainId }: { mainId: string }) {
  const { pathname, search, state } = useLocation();
  const address = pathname + search;
  // An address updated in place while the reader types (search results) is not a new page: focus stays put.
  const keepFocus = (state as { keepFocus?: boolean } | null)?.keepFocus === true;
  const previous = useRef(address);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (previous.current === address) return;
    previous.current = address;
    if (keepFocus) return;
    const main = document.getElementById(mainId);
    if (!main) return;
    const settle = () => {
      const focused = document.activeElement;
      // The reader may have moved on (typed in a field, followed another link) before the page arrived.
      if (focused && focused !== document.body && focused !== main && !main.contains(focused)) return;
      focusPageHeading(main);
      setAnnouncement(document.title);
    };
    main.focus({ preventScroll: true });
    return whenHeadingAppears(main, settle);
  }, [address, mainId, keepFocus]);

  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {announcement}
    </p>
  );
}
