export * from './instructions.documents';
export * from './instructions.projection';
export * from './instruction-views';
export * from './instruction.queries';
export * from './instruction-kpis';
export * from './open-instructions.query';
