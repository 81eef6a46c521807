export { SectionPage } from './SectionPage';
export { sectionLoader } from './sectionLoader';
export { Pagination } from './Pagination';
