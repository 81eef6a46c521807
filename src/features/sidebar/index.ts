export { Sidebars } from './Sidebars';
export { StoryListRegion } from './StoryListRegion';
