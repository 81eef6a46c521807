import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { PageTitle } from '../components';
import { recoverFromChunkError } from '../features/offline';
import { useStrings } from '../i18n';
import { NotFoundPage } from './NotFoundPage';

/** Whatever a route throws ends here: the not-found page for a 404, else a plain apology and a reload. */
export function RouteError() {
  const error = useRouteError();
  const strings = useStrings();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // A page's code from before a deploy is gone: one reload gets the new build instead of an apology.
  if (recoverFromChunkError(error)) return null;
  console.error(error);
  return (
    <div className="message-page" role="alert">
      <PageTitle title={strings.errorHeading} />
      <h1 className="page-heading">{strings.errorHeading}</h1>
      <p>{strings.errorText}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {strings.reload}
        </button>
      </p>
    </div>
  );
}

/** The last resort, when the page frame itself failed: the same message without the frame. */
export function RootError() {
  return (
    <main id="main" className="shell">
      <RouteError />
    </main>
  );
}
