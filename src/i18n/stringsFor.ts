import { en } from './en';
import { fa } from './fa';
import type { UiStrings } from './strings';

/**
 * Interface text per edition language; an edition without its own falls back
 * to English. Free of React on purpose: the prerenderer's Node side (src/seo)
 * reads it before Vite has settled which React build to load.
 */
const byLang: Readonly<Record<string, UiStrings>> = { en, fa };

export function stringsFor(lang: string | undefined): UiStrings {
  return (lang !== undefined && byLang[lang]) || en;
}
