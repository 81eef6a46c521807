export type { UiStrings } from './strings';
export { en } from './en';
export { useStrings, stringsFor } from './useStrings';
export { useEdition, useSectionTitle, type EditionContext } from './useEdition';
