import { lazyPage } from '../../components';

export const lazyTagPage = lazyPage(() => import('./TagPage'), 'TagPage');
export { tagLoader } from './tagLoader';
