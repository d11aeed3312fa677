export * from './households.documents';
export * from './households.projection';
export * from './household-view.query';
