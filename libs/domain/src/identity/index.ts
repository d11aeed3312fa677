export * from './identity.events';
export * from './identity.commands';
export * from './identity.state';
export * from './identity.decider';
export * from './identity.aggregate';
export * from './id-number';
