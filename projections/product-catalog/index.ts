export * from './product-catalog.documents';
export * from './product-catalog.projection';
export * from './product-catalog.queries';
