export * from './vip-events.documents';
export * from './vip-events.projection';
export * from './vip-events.queries';
