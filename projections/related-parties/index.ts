export * from './related-parties.documents';
export * from './related-parties.projection';
export * from './related-parties.queries';
export * from './payroll-linkage.query';
