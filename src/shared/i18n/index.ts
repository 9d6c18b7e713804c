export * from './locales';
export * from './define';
export * from './translator';
export * from './dates';
export * from './english';
