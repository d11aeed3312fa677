export * from './kpi-history.documents';
export * from './kpi-history.projection';
export * from './kpi-period';
export * from './kpi-periods';
export * from './get-kpis.query';
export * from './book.documents';
export * from './performance-period';
export * from './get-performance.query';
