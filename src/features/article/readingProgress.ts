/**
 * How far through the article the reader is, 0–100: 0 while its top is
 * still at or below the top of the viewport, 100 once its end has come into
 * view (an article shorter than the viewport is read as soon as it is seen).
 */
export function readingProgress(articleTop: number, articleHeight: number, viewportHeight: number): number {
  const scrollable = articleHeight - viewportHeight;
  if (scrollable <= 0) return articleTop + articleHeight <= viewportHeight ? 100 : 0;
  const percent = (-articleTop / scrollable) * 100;
  return Math.round(Math.min(100, Math.max(0, percent)));
}
