export * from './opportunity-pipeline.documents';
export * from './opportunity-pipeline.projection';
export * from './opportunity-views';
export * from './list-opportunities.query';
export * from './pipeline-summary.query';
