export * from './attribution.events';
export * from './attribution.commands';
export * from './attribution.state';
export * from './attribution.decider';
export * from './attribution.aggregate';
