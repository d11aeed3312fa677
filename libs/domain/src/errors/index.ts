export * from './domain-error';
export * from './customer.errors';
export * from './value.errors';
export * from './holding.errors';
export * from './tier-review.errors';
export * from './service-request.errors';
export * from './erasure.errors';
export * from './opportunity.errors';
