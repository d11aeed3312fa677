export * from './target-rule';
export * from './target-rule.error';
export * from './parse-target-rule';
export * from './match-target-rule';
export * from './target-view-of';
