export * from './campaign-results.documents';
export * from './campaign-results.projection';
export * from './campaign.queries';
export * from './campaign-performance.query';
