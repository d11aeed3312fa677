export * from './customer.events';
export * from './holding.events';
export * from './relationship.events';
export * from './tier.events';
export * from './erasure.events';
export * from './suitability.events';
export * from './dealing.events';
export * from './customer-event';
