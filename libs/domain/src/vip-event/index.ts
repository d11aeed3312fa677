export * from './vip-event.events';
export * from './vip-event.commands';
export * from './vip-event.state';
export * from './vip-event.decider';
export * from './vip-event.aggregate';
