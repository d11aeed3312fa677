export * from './target-view';
export * from './target-views-at';
