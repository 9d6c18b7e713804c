// Temporal for the browser build: the browser's own where it has one (Chrome and Edge 144+,
// Firefox 139+), else the polyfill, fetched only by the browsers that need it. vite.config.ts
// points the shared domain's `temporal-polyfill` import here, which keeps about 19 KB of
// gzipped polyfill off the home page for most readers. Node (tests, server) uses the polyfill
// package directly, which itself prefers a native Temporal when there is one.
import type { Temporal as TemporalApi } from 'temporal-polyfill';

type TemporalNamespace = typeof TemporalApi;

const native = (globalThis as { Temporal?: TemporalNamespace }).Temporal;

export const Temporal: TemporalNamespace = native ?? (await import('temporal-polyfill')).Temporal;
