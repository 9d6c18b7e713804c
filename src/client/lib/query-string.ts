// One way to write query strings, shared by page URLs and API calls so that they read alike:
// `?verdict=open,broken&state=overdue` rather than `?verdict=open%2Cbroken`.

/** `a=1&b=x,y` (no leading "?"): URLSearchParams encoding, with commas left readable. */
export function toQueryString(params: URLSearchParams): string {
  return params.toString().replace(/%2C/gi, ',');
}

/** Reads a query string into one value per key; repeated keys are joined with commas. */
export function fromQueryString(search: string): Record<string, string> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const out: Record<string, string> = {};
  for (const key of new Set(params.keys())) out[key] = params.getAll(key).join(',');
  return out;
}
