export * from './product.events';
export * from './product.commands';
export * from './product.state';
export * from './product.decider';
export * from './product.aggregate';
export * from './product-terms';
