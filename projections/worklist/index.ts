export * from './worklist.documents';
export * from './worklist.projection';
export { worklistFacts } from './worklist-facts';
export { worklistKeys } from './worklist-keys';
export * from './get-worklist.query';
