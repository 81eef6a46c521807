import { lazyPage } from '../../components';

export const lazyArticlePage = lazyPage(() => import('./ArticlePage'), 'ArticlePage');
export { articleLoader } from './articleLoader';
export { BlockRenderer } from './BlockRenderer';
