export { EditionSwitcher } from './EditionSwitcher';
