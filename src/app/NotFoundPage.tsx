import { paths } from '../content-api';
import { Link, PageTitle } from '../components';
import { useEdition, useStrings } from '../i18n';

/** The front page of the edition in the address if there is one, else of the default edition. */
function useFrontPagePath(): string {
  const { edition } = useEdition();
  // Without site.json the start page decides where to go, and explains if it cannot.
  return edition ? paths.home(edition.lang) : '/';
}

export function NotFoundPage() {
  const strings = useStrings();
  const frontPage = useFrontPagePath();
  return (
    <div className="message-page">
      <PageTitle title={strings.notFoundHeading} />
      <h1 className="page-heading">{strings.notFoundHeading}</h1>
      <p>{strings.notFoundText}</p>
      <p>
        <Link className="button" to={frontPage}>
          {strings.goToFrontPage}
        </Link>
      </p>
    </div>
  );
}
