export * from './membership.events';
export * from './membership.commands';
export * from './membership.state';
export * from './membership.decider';
export * from './membership.aggregate';
