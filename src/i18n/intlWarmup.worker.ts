/**
 * A dedicated worker that makes the start-up formatters once and reports
 * back. What makes a first Intl formatter slow (25-60 ms of a desktop's CPU:
 * V8 builds its table of ICU locales and opens their resource bundles) is
 * kept once per renderer process, not per thread, so after this runs the
 * main thread's own formatters take well under a millisecond
 * (docs/decisions/0625-intl-warmed-off-the-main-thread.md).
 */
import { relativeTimeFormat, startupFormats } from './intlFormats';

// The DOM typings describe a window; a dedicated worker's scope needs only these.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: string): void;
  close(): void;
};

scope.onmessage = ({ data: locale }) => {
  for (const format of [...startupFormats, relativeTimeFormat]) format(locale);
  scope.postMessage(locale);
  scope.close();
};
