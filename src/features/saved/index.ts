import { lazyPage } from '../../components';

export { SaveToggle } from './SaveToggle';
export const lazySavedPage = lazyPage(() => import('./SavedPage'), 'SavedPage');
export { seedSavedArticles, savedListQuery, saveArticle } from './savedArticles';
