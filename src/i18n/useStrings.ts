import { useParams } from 'react-router-dom';
import { en } from './en';
import { fa } from './fa';
import type { UiStrings } from './strings';

/** Interface text per edition language; an edition without its own falls back to English. */
const byLang: Readonly<Record<string, UiStrings>> = { en, fa };

export function stringsFor(lang: string | undefined): UiStrings {
  return (lang !== undefined && byLang[lang]) || en;
}

/** The interface text for the edition in the current address. */
export function useStrings(): UiStrings {
  return stringsFor(useParams().lang);
}
