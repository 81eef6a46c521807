import type { ShareService } from './shareLinks';

/** The share control's interface text. */
export interface ShareStrings {
  share: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  shareVia: Record<ShareService, string>;
}

/**
 * Until the edition string tables carry these, English lives here. Kept in
 * the same shape as the i18n module's entries so the switch is one import.
 */
export const shareStrings: ShareStrings = {
  share: 'Share',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy the link. Copy it from the address bar.',
  shareVia: {
    email: 'Share by email',
    x: 'Share on X',
    facebook: 'Share on Facebook',
    telegram: 'Share on Telegram',
    whatsapp: 'Share on WhatsApp',
  },
};
