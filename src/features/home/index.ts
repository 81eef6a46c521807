import { lazyPage } from '../../components';

export const lazyHomePage = lazyPage(() => import('./HomePage'), 'HomePage');
export { homeLoader } from './homeLoader';
