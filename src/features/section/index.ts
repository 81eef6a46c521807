import { lazyPage } from '../../components';

export const lazySectionPage = lazyPage(() => import('./SectionPage'), 'SectionPage');
export { sectionLoader } from './sectionLoader';
