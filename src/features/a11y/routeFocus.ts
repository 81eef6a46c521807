/**
 * Where focus goes after an in-app navigation: the new page's h1, made
 * focusable without entering the tab order, as a screen reader user would
 * expect after a page load; the main region while the page has no h1 yet.
 */
export function focusPageHeading(main: HTMLElement): HTMLElement {
  const heading = main.querySelector<HTMLElement>('h1');
  const target = heading ?? main;
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  target.focus({ preventScroll: true });
  return target;
}

/** Calls back once `root` holds an h1, or after `timeoutMs`; returns a cancel function. */
export function whenHeadingAppears(root: HTMLElement, onHeading: () => void, timeoutMs = 10_000): () => void {
  if (root.querySelector('h1')) {
    onHeading();
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    if (!root.querySelector('h1')) return;
    stop();
    onHeading();
  });
  const timer = window.setTimeout(() => stop(), timeoutMs);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}
