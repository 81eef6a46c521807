export { HomePage } from './HomePage';
export { homeLoader } from './homeLoader';
