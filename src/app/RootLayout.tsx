import { useEffect } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router-dom';
import { RouteAnnouncer } from '../features/a11y';
import { OfflineChrome } from '../features/offline';
import { EditionProvider, useEditionFromSite, useStrings } from '../i18n';
import { DocumentHead } from '../seo/client';
import { Masthead } from './Masthead';

/** Keeps <html lang dir> in step with the edition being read. */
function useDocumentLanguage(lang: string | undefined, dir: 'ltr' | 'rtl' | undefined) {
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
    document.documentElement.dir = dir ?? 'ltr';
  }, [lang, dir]);
}

export function RootLayout() {
  const strings = useStrings();
  const editionContext = useEditionFromSite();
  const { site, edition, lang } = editionContext;
  const busy = useNavigation().state !== 'idle';
  useDocumentLanguage(edition?.lang ?? lang, edition?.dir);
  return (
    <EditionProvider value={editionContext}>
      <a className="skip-link" href="#main">
        {strings.skipToContent}
      </a>
      <div className={busy ? 'nav-progress nav-progress--active' : 'nav-progress'} aria-hidden="true" />
      <Masthead />
      <OfflineChrome />
      <main id="main" className="shell site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer id="site-footer" className="site-footer">
        <div className="shell">{site && <p>{strings.footerNote(site.name)}</p>}</div>
      </footer>
      <RouteAnnouncer mainId="main" />
      <ScrollRestoration />
      {/* Canonical, previews and JSON-LD follow in-app navigation, as the prerendered head does on load. */}
      <DocumentHead />
    </EditionProvider>
  );
}

/** Shown while the very first page's data loads, before any route can render. */
export function AppSkeleton() {
  return <div className="app-skeleton" aria-busy="true" />;
}
