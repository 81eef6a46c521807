import type { ReactNode } from 'react';
import type { Inline } from '../../content-api';
import { Link } from '../../components';

/** A path on this site is followed inside the app; anything else leaves it. */
function isInAppHref(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

function InlineSpan({ inline }: { inline: Inline }) {
  // Text is always a React text node: markup in content shows literally, never as HTML.
  let node: ReactNode = inline.text;
  if (inline.em) node = <em>{node}</em>;
  if (inline.strong) node = <strong>{node}</strong>;
  if (inline.href !== undefined) {
    node = isInAppHref(inline.href) ? (
      <Link to={inline.href}>{node}</Link>
    ) : (
      <a href={inline.href} rel="noopener noreferrer">
        {node}
      </a>
    );
  }
  return <>{node}</>;
}

/** A run of inline spans: text with optional emphasis, strong emphasis and links. */
export function InlineRenderer({ content }: { content: readonly Inline[] }) {
  return (
    <>
      {content.map((inline, i) => (
        <InlineSpan key={i} inline={inline} />
      ))}
    </>
  );
}
