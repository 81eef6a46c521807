export { SaveToggle } from './SaveToggle';
export { SavedPage } from './SavedPage';
export { seedSavedArticles, savedListQuery, saveArticle } from './savedArticles';
