import { useParams } from 'react-router-dom';
import { paths } from '../../content-api';
import { Link } from '../../components';
import { useStrings } from '../../i18n';
import { InstallButton } from './InstallButton';
import { OfflineBanner } from './OfflineBanner';
import { UpdatePrompt } from './UpdatePrompt';
import './offline.css';

/** What the frame shows about the app itself: offline state, a waiting update, saved articles, installing. */
export function OfflineChrome() {
  const strings = useStrings().offline;
  const { lang } = useParams();
  return (
    <>
      <OfflineBanner />
      <UpdatePrompt />
      {lang !== undefined && (
        // A landmark of its own: axe's region rule wants all content inside one, and a screen reader can jump to it.
        <nav className="reader-tools shell" aria-label={strings.toolsLabel}>
          {/* First, so its arrival at the start of this end-aligned row moves nothing already shown. */}
          <InstallButton />
          <Link className="reader-tools__saved" to={paths.saved(lang)}>
            {strings.savedLink}
          </Link>
        </nav>
      )}
    </>
  );
}
