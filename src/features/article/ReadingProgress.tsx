import { useEffect, useState, type RefObject } from 'react';
import { useStrings } from '../../i18n';
import { readingProgress } from './readingProgress';

/** Recomputes at most once a frame, from passive listeners, so scrolling never waits on it. */
function useReadingProgress(target: RefObject<HTMLElement | null>): number {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const element = target.current;
      if (!element) return;
      const box = element.getBoundingClientRect();
      setPercent(readingProgress(box.top, box.height, window.innerHeight));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [target]);
  return percent;
}

/** A thin bar along the top of the viewport; a native <progress>, so it needs no style attribute (CSP). */
export function ReadingProgress({ target }: { target: RefObject<HTMLElement | null> }) {
  const strings = useStrings();
  const percent = useReadingProgress(target);
  return (
    <progress className="reading-progress" max={100} value={percent} aria-label={strings.comfort.readingProgress}>
      {percent}%
    </progress>
  );
}
