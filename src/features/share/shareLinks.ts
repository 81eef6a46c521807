/**
 * Plain share addresses for services without the Web Share API. Each is an
 * ordinary link the service documents, so no third-party script ever loads.
 */

export type ShareService = 'email' | 'x' | 'facebook' | 'telegram' | 'whatsapp';

export interface ShareLink {
  service: ShareService;
  href: string;
}

const enc = encodeURIComponent;

function query(params: Record<string, string>): string {
  // URLSearchParams would encode spaces as "+", which mail clients show literally.
  return Object.entries(params)
    .map(([key, value]) => `${key}=${enc(value)}`)
    .join('&');
}

/** Share links in the order the control shows them; `url` must be absolute. */
export function shareLinks(url: string, title: string): ShareLink[] {
  return [
    { service: 'email', href: `mailto:?${query({ subject: title, body: `${title}\n\n${url}` })}` },
    { service: 'x', href: `https://x.com/intent/post?${query({ text: title, url })}` },
    { service: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}` },
    { service: 'telegram', href: `https://t.me/share/url?${query({ url, text: title })}` },
    { service: 'whatsapp', href: `https://wa.me/?${query({ text: `${title} ${url}` })}` },
  ];
}
