export type { UiStrings } from './strings';
export { en } from './en';
export { fa } from './fa';
export { formatNumber } from './formatNumber';
export { useStrings, stringsFor } from './useStrings';
export { EditionProvider, useEdition, useEditionFromSite, useSectionTitle, type EditionContext } from './useEdition';
export { dayFormat, timeFormat } from './intlFormats';
