import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { paths, siteQuery } from '../content-api';
import { ErrorPanel, Link, Skeleton } from '../components';
import { EditionSwitcher } from '../features/editions';
import { MastheadSearch } from '../features/search';
import { SettingsControls } from '../features/settings';
import { useEdition, useStrings } from '../i18n';

/** The site name leading to the edition's front page, and the edition's sections. */
export function Masthead() {
  const strings = useStrings();
  const { section: activeSection } = useParams();
  const query = useQuery(siteQuery());
  const { site, edition, lang } = useEdition();
  return (
    <header className="masthead">
      <div className="masthead__top shell">
        {site && edition ? (
          <>
            <Link className="masthead__brand" to={paths.home(edition.lang)}>
              {site.name}
            </Link>
            {(edition.tagline ?? site.tagline) && <p className="masthead__tagline">{edition.tagline ?? site.tagline}</p>}
          </>
        ) : (
          <Skeleton lines={1} className="skeleton--brand" />
        )}
        <EditionSwitcher />
        <SettingsControls />
        <MastheadSearch />
      </div>
      {edition && (
        <nav className="section-nav" aria-label={strings.sectionsNav}>
          <ul className="section-nav__list shell">
            {edition.sections.map((s) => (
              <li key={s.slug}>
                <Link
                  to={paths.section(edition.lang, s.slug)}
                  aria-current={s.slug === activeSection ? 'page' : undefined}
                >
                  {s.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {query.isError && !site && lang !== undefined && (
        <div className="shell">
          <ErrorPanel what={strings.what.site} onRetry={() => void query.refetch({ cancelRefetch: false })} />
        </div>
      )}
    </header>
  );
}
