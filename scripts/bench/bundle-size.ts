// The JavaScript the home page makes a browser download, gzipped: every script and
// modulepreload that dist/index.html names (lazy routes are not counted until visited).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
  /** The Temporal polyfill, which only browsers without a built-in Temporal download. */
  temporalPolyfillGzipBytes: number | null;
}

export function homePageJs(distDir = 'dist'): BundleReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) refs.add(m[1]!);
  const files = [...refs].map((ref) => {
    const path = join(distDir, ref.replace(/^\.?\//, ''));
    return { file: ref, gzipBytes: gzipSync(readFileSync(path), { level: 9 }).length };
  });
  const polyfill = readdirSync(join(distDir, 'assets')).find((f) => /^temporal-polyfill-.*\.js$/.test(f));
  return {
    files,
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    temporalPolyfillGzipBytes: polyfill
      ? gzipSync(readFileSync(join(distDir, 'assets', polyfill)), { level: 9 }).length
      : null,
  };
}
