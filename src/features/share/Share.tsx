import { useId, useState } from 'react';
import { shareLinks } from './shareLinks';
import { useStrings, type UiStrings } from '../../i18n';
import { useCopyLink } from './useCopyLink';
import { useNativeShare } from './useNativeShare';
import './share.css';

export interface ShareProps {
  /** The canonical absolute address, never the one in the address bar. */
  url: string;
  title: string;
}

type ShareStrings = UiStrings['share'];

/**
 * The article's share control. With the Web Share API it hands over to the
 * system sheet; otherwise (and if that fails) it discloses Copy link and
 * plain share links.
 */
export function Share({ url, title }: ShareProps) {
  const strings: ShareStrings = useStrings().share;
  const native = useNativeShare();
  const [open, setOpen] = useState(false);
  const [copyState, copy] = useCopyLink(url);
  const panelId = useId();

  const onShare = () => {
    if (!native) {
      setOpen((was) => !was);
      return;
    }
    navigator.share({ title, url }).catch((error: unknown) => {
      // The reader closing the sheet is a choice, not a failure to recover from.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setOpen(true);
    });
  };

  const message = copyState === 'copied' ? strings.linkCopied : copyState === 'failed' ? strings.copyFailed : '';

  return (
    <div className="share">
      <button type="button" className="button button--quiet share__toggle" aria-expanded={native ? undefined : open} aria-controls={panelId} onClick={onShare}>
        {strings.share}
      </button>
      <div id={panelId} className="share__panel" hidden={!open}>
        <button type="button" className="button button--quiet share__copy" onClick={copy}>
          {strings.copyLink}
        </button>
        <ul className="share__links">
          {shareLinks(url, title).map((link) => (
            <li key={link.service}>
              <a
                href={link.href}
                // A mail client opens in place; the services get their own tab.
                {...(link.service === 'email' ? {} : { target: '_blank' })}
                rel="noopener noreferrer"
                data-service={link.service}
              >
                {strings.via[link.service]}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="share__status">
        {message}
      </p>
    </div>
  );
}
