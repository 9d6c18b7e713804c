export * from './dates';
export * from './deadline';
export * from './describe';
export * from './diff';
export * from './order';
export * from './rules';
export * from './as-of';
export * from './keeping';
