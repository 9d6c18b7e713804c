// A browser over real HTTP, for tests against running server processes: one cookie jar whose
// session cookie goes to whichever instance it asks (as behind a load balancer, where every
// instance is one site), and writes that carry the Origin of the instance they are sent to.
import { SESSION_COOKIE, type ErrorBody } from '@shared/contract';

export interface HttpAnswer<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty or non-JSON body. */
  body: T;
  text: string;
}

export interface HttpRequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

/** The error code of an answer in the one error shape, or undefined. */
export function httpErrorCode(answer: HttpAnswer): string | undefined {
  return (answer.body as Partial<ErrorBody> | undefined)?.error?.code;
}

const SAFE = new Set(['GET', 'HEAD']);

export class HttpVisitor {
  /** `cookie`: a session cookie's value to start with, as a copied or stolen cookie would be. */
  constructor(private cookie?: string) {}

  /** The session cookie's value in this visitor's jar. */
  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  async request<T = unknown>(
    origin: string,
    method: string,
    path: string,
    options: HttpRequestOptions = {},
  ): Promise<HttpAnswer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (!SAFE.has(method)) headers.Origin = origin;
    if (this.cookie !== undefined) headers.Cookie = `${SESSION_COOKIE}=${this.cookie}`;
    const res = await fetch(`${origin}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    this.remember(res.headers.getSetCookie());
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, headers: res.headers, body: body as T, text };
  }

  get<T = unknown>(origin: string, path: string, options?: HttpRequestOptions) {
    return this.request<T>(origin, 'GET', path, options);
  }
  post<T = unknown>(origin: string, path: string, body?: unknown, options?: HttpRequestOptions) {
    return this.request<T>(origin, 'POST', path, { ...options, ...(body !== undefined ? { body } : {}) });
  }
  patch<T = unknown>(origin: string, path: string, body?: unknown, options?: HttpRequestOptions) {
    return this.request<T>(origin, 'PATCH', path, { ...options, ...(body !== undefined ? { body } : {}) });
  }
  put<T = unknown>(origin: string, path: string, body?: unknown, options?: HttpRequestOptions) {
    return this.request<T>(origin, 'PUT', path, { ...options, ...(body !== undefined ? { body } : {}) });
  }

  /** Keeps the session cookie a Set-Cookie gives, and forgets it when one clears it. */
  private remember(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';').map((s) => s.trim());
      const eq = pair!.indexOf('=');
      if (pair!.slice(0, eq) !== SESSION_COOKIE) continue;
      const value = pair!.slice(eq + 1);
      const cleared =
        value === '' ||
        attributes.some((a) => /^max-age=0$/i.test(a)) ||
        attributes.some((a) => /^expires=/i.test(a) && Date.parse(a.slice(8)) <= Date.now());
      this.cookie = cleared ? undefined : value;
    }
  }
}
