import { Link } from './Link';
import { useStrings } from '../i18n';

interface Props {
  page: number;
  pageCount: number;
  /** The address of a page of this listing (section, tag). */
  hrefFor: (page: number) => string;
}

/** Real links to the neighbouring pages of a listing, so every page has its own address. */
export function Pagination({ page, pageCount, hrefFor }: Props) {
  const strings = useStrings();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={strings.pagination}>
      <span className="pagination__side">
        {page > 1 && (
          <Link rel="prev" className="button button--quiet" to={hrefFor(page - 1)}>
            {strings.previousPage}
          </Link>
        )}
      </span>
      <p className="pagination__status">{strings.pageOf(page, pageCount)}</p>
      <span className="pagination__side pagination__side--end">
        {page < pageCount && (
          <Link rel="next" className="button button--quiet" to={hrefFor(page + 1)}>
            {strings.nextPage}
          </Link>
        )}
      </span>
    </nav>
  );
}
