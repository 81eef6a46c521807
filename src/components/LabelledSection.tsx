import { useId, type ReactNode } from 'react';

interface Props {
  /** The heading that names the region; a region without a name is not announced as one. */
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}

/** A <section> named by its own <h2>, so assistive technology lists it as a region. */
export function LabelledSection({ title, className, headingClassName, children }: Props) {
  const headingId = useId();
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
