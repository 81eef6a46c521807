import { useQuery } from '@tanstack/react-query';
import { Navigate } from 'react-router-dom';
import { paths, siteQuery } from '../content-api';
import { QueryRegion, Skeleton } from '../components';
import { useStrings } from '../i18n';

/** `/` when site.json could not be loaded: the failure and a retry, then on to the default edition. */
export function StartPage() {
  const strings = useStrings();
  const query = useQuery(siteQuery());
  return (
    <QueryRegion query={query} what={strings.what.site} placeholder={<Skeleton lines={4} />}>
      {(site) => <Navigate replace to={paths.home(site.defaultEdition)} />}
    </QueryRegion>
  );
}
