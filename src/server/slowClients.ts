// A client that sends its request slowly (a header line now and then, a body a byte at a time)
// holds a connection for as long as it likes unless the server sets limits: a few such clients
// would keep every socket busy. Headers must arrive within 15 s and the whole request within
// 30 s (bodies are at most 256 KB); Node checks every second.
import type { ServerOptions } from 'node:http';

export const SLOW_CLIENT_LIMITS = {
  headersTimeout: 15_000,
  requestTimeout: 30_000,
  connectionsCheckingInterval: 1_000,
} satisfies ServerOptions;
