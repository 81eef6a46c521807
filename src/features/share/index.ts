export { Share, type ShareProps } from './Share';
export { shareLinks, type ShareLink, type ShareService } from './shareLinks';
