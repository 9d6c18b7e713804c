// The JavaScript the home page makes a browser download, gzipped: every script and
// modulepreload that dist/index.html names (lazy routes are not counted until visited).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleReport {
  files: { file: string; gzipBytes: number }[];
  totalGzipBytes: number;
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
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
