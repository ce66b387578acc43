export { buildBulletin, DEFAULT_RECIPIENT, DEFAULT_REQUIREMENTS, historyOf } from './build';
export { reasonOf, type Reason } from './reason';
export { shortName } from './short-name';
export { BULLETIN_SHEET, bulletinSheetModel } from './sheet';
export { bulletinLines, bulletinText } from './text';
export { bulletinTitle, workName } from './title';
export * from './types';
