import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router-dom';
import { OfflineChrome } from '../features/offline';
import { useEdition, useStrings } from '../i18n';
import { Masthead } from './Masthead';

/** Keeps <html lang dir> in step with the edition being read. */
function useDocumentLanguage(lang: string | undefined, dir: 'ltr' | 'rtl' | undefined) {
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
    document.documentElement.dir = dir ?? 'ltr';
  }, [lang, dir]);
}

/**
 * After an in-app navigation, focus goes to the new page's content, as it
 * would after a full page load, instead of staying on a link that is gone.
 */
function useFocusMainOnNavigation() {
  const { pathname, search } = useLocation();
  const address = pathname + search;
  const previous = useRef(address);
  useEffect(() => {
    if (previous.current === address) return;
    previous.current = address;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [address]);
}

export function RootLayout() {
  const strings = useStrings();
  const { site, edition, lang } = useEdition();
  const busy = useNavigation().state !== 'idle';
  useDocumentLanguage(edition?.lang ?? lang, edition?.dir);
  useFocusMainOnNavigation();
  return (
    <>
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <div className={busy ? 'nav-progress nav-progress--active' : 'nav-progress'} aria-hidden="true" />
      <Masthead />
      <OfflineChrome />
      <main id="main" className="shell site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="shell">{site && <p>{strings.footerNote(site.name)}</p>}</div>
      </footer>
      <ScrollRestoration />
    </>
  );
}

/** Shown while the very first page's data loads, before any route can render. */
export function AppSkeleton() {
  return <div className="app-skeleton" aria-busy="true" />;
}
