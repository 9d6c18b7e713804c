// Where the home page's JavaScript bytes come from: reads the source maps of the files that
// dist/index.html loads and sums the generated code by package (node_modules) or by folder of
// ours (src/<layer>/<folder>), or with --files by source file. Run after a build:
//   npx vite build --logLevel warn && npx tsx scripts/bench/bundle-contributors.ts [--files] [dist] [rows]
// "gzip alone" compresses each group's code by itself, so the column sums to more than the real
// total (shared words compress better together); it ranks the groups, it does not add up.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { homePageJs } from './bundle-size';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one mapping segment (base64 VLQ) into its numbers. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The group a source path belongs to: its npm package, or src/<layer>/<folder>. */
export function groupOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1]!;
  const ours = /src\/(shared|client|server|mocks)\/([^/]+)/.exec(source);
  if (ours) return `src/${ours[1]}/${ours[2]!.replace(/\.[^.]+$/, '')}`;
  return fileOf(source);
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** A source path as the report shows it, without the climb out of the build folder. */
function fileOf(source: string): string {
  return source.replace(/^(\.\.\/)+/, '').replace(/^.*?node_modules\//, 'node_modules/');
}

/** The generated code of one file, cut into pieces by the group each piece came from. */
function piecesBySource(code: string, map: SourceMap, group: (source: string) => string): Map<string, string[]> {
  const pieces = new Map<string, string[]>();
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    let owner: string | null = null;
    let start = 0;
    const flush = (end: number) => {
      const group = owner ?? '(no source: runtime and glue)';
      if (end > start) pieces.set(group, [...(pieces.get(group) ?? []), line.slice(start, end)]);
    };
    for (const segment of lineMappings.split(',').filter(Boolean)) {
      const values = decodeSegment(segment);
      column += values[0]!;
      flush(column);
      start = column;
      if (values.length >= 4) {
        sourceIndex += values[1]!;
        owner = group(map.sources[sourceIndex] ?? '');
      } else {
        owner = null;
      }
    }
    flush(line.length);
  });
  return pieces;
}

export interface Contributor {
  group: string;
  bytes: number;
  gzipAloneBytes: number;
}

export function homePageContributors(distDir = 'dist', byFile = false): Contributor[] {
  const all = new Map<string, string[]>();
  for (const { file } of homePageJs(distDir).files) {
    const path = join(distDir, file.replace(/^\.?\//, ''));
    const code = readFileSync(path, 'utf8');
    const mapPath = `${path}.map`;
    if (!existsSync(mapPath)) {
      all.set(file, [...(all.get(file) ?? []), code]);
      continue;
    }
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMap;
    for (const [group, pieces] of piecesBySource(code, map, byFile ? fileOf : groupOf))
      all.set(group, [...(all.get(group) ?? []), ...pieces]);
  }
  return [...all]
    .map(([group, pieces]) => {
      const text = pieces.join('');
      return { group, bytes: Buffer.byteLength(text), gzipAloneBytes: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const byFile = args.includes('--files');
  const [dist = 'dist', rowsArg = '25'] = args.filter((a) => a !== '--files');
  const rows = Number(rowsArg);
  const contributors = homePageContributors(dist, byFile);
  const total = homePageJs(dist).totalGzipBytes;
  const kb = (n: number) => (n / 1024).toFixed(1);
  const shown = contributors.slice(0, rows);
  const rest = contributors.slice(rows);
  const width = Math.max(44, ...shown.map((c) => c.group.length));
  const row = (name: string, bytes: string, gzip: string) =>
    console.log(`${name.padEnd(width)} ${bytes.padStart(11)} ${gzip.padStart(13)}`);
  console.log(`Home page JavaScript: ${kb(total)} KB gzipped\n`);
  row(byFile ? 'file' : 'group', 'minified KB', 'gzip alone KB');
  for (const c of shown) row(c.group, kb(c.bytes), kb(c.gzipAloneBytes));
  if (rest.length) row(`(${rest.length} more)`, kb(rest.reduce((sum, c) => sum + c.bytes, 0)), '');
}
