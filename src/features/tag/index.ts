export { TagPage } from './TagPage';
export { tagLoader } from './tagLoader';
