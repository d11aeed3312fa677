export * from './config';
export * from './policies-file';
