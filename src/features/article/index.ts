export { ArticlePage } from './ArticlePage';
export { articleLoader } from './articleLoader';
export { BlockRenderer } from './BlockRenderer';
