export * from './instruction.vocabulary';
export * from './instruction.events';
export * from './instruction.commands';
export * from './instruction.state';
export * from './instruction.decider';
export * from './instruction.aggregate';
