export { SectionPage } from './SectionPage';
export { sectionLoader } from './sectionLoader';
