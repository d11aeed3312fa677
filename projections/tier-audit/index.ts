export * from './tier-audit.documents';
export * from './tier-audit.projection';
export * from './criteria';
export * from './list-tier-audits.query';
export * from './list-tier-reviews.query';
