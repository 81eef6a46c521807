interface Props {
  /** How many text lines to stand in for. */
  lines?: number;
  /** A block (an image, a list) of this height in rem, above the lines; a class, not a style attribute, which a strict CSP refuses. */
  blockRem?: 4 | 16;
  className?: string;
}

/**
 * A fixed-size stand-in for content that is still loading; its size matches
 * what replaces it closely enough that the page does not jump.
 */
export function Skeleton({ lines = 3, blockRem, className }: Props) {
  return (
    <div className={className ? `skeleton ${className}` : 'skeleton'} aria-hidden="true">
      {blockRem !== undefined && <div className={`skeleton__block skeleton__block--${blockRem}`} />}
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton__line" />
      ))}
    </div>
  );
}
