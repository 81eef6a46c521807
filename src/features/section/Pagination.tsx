import { paths } from '../../content-api';
import { Link } from '../../components';
import { useStrings } from '../../i18n';

interface Props {
  lang: string;
  section: string;
  page: number;
  pageCount: number;
}

/** Real links to the neighbouring pages of a listing, so every page has its own address. */
export function Pagination({ lang, section, page, pageCount }: Props) {
  const strings = useStrings();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={strings.pagination}>
      <span className="pagination__side">
        {page > 1 && (
          <Link rel="prev" className="button button--quiet" to={paths.section(lang, section, page - 1)}>
            {strings.previousPage}
          </Link>
        )}
      </span>
      <p className="pagination__status">{strings.pageOf(page, pageCount)}</p>
      <span className="pagination__side pagination__side--end">
        {page < pageCount && (
          <Link rel="next" className="button button--quiet" to={paths.section(lang, section, page + 1)}>
            {strings.nextPage}
          </Link>
        )}
      </span>
    </nav>
  );
}
