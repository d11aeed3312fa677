export * from './opportunity.vocabulary';
export * from './opportunity.events';
export * from './opportunity.commands';
export * from './opportunity.state';
export * from './opportunity.decider';
export * from './opportunity.aggregate';
