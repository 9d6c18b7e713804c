export * from './errors';
export * from './filters';
export * from './pledge';
export * from './primitives';
export * from './http';
export * from './extract';
export * from './views';
export * from './accounts';
