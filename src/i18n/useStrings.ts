import { useParams } from 'react-router-dom';
import { stringsFor } from './stringsFor';
import type { UiStrings } from './strings';

export { stringsFor };

/** The interface text for the edition in the current address. */
export function useStrings(): UiStrings {
  return stringsFor(useParams().lang);
}
