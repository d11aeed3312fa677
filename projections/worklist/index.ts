export * from './worklist.documents';
export * from './worklist.projection';
export { worklistFacts, worklistKeys } from './worklist-facts';
export * from './get-worklist.query';
