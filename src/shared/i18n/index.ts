export * from './locales';
export * from './define';
export * from './translator';
export * from './run-time-compile';
export * from './dates';
export * from './english';
export * from './shown-text';
