export * from './household.events';
export * from './household.commands';
export * from './household.state';
export * from './household.decider';
export * from './household.aggregate';
