import { paths } from '../../content-api';
import { Link } from '../../components';
import { useEdition, useStrings } from '../../i18n';
import './editions.css';

/**
 * Links to every edition's front page, each named in its own language and
 * marked with it, so a screen reader speaks "فارسی" in Persian.
 */
export function EditionSwitcher() {
  const strings = useStrings();
  const { site, edition } = useEdition();
  if (!site || !edition || site.editions.length < 2) return null;
  return (
    <nav className="edition-switcher" aria-label={strings.editionsNav}>
      <ul className="edition-switcher__list">
        {site.editions.map((e) => (
          <li key={e.lang}>
            <Link to={paths.home(e.lang)} hrefLang={e.lang} lang={e.lang} dir={e.dir} aria-current={e.lang === edition.lang ? 'true' : undefined}>
              {e.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
