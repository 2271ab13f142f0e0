import { once } from 'node:events';
import type { Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ListenOptions {
  app: Hono;
  host: string;
  /** 0 picks a free port; the URL says which. */
  port: number;
  /** PEM certificate chain and key: HTTPS instead of HTTP. */
  tls?: { cert: Buffer; key: Buffer };
  /** How long close() waits for requests in flight before cutting their connections. */
  drainMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting, lets requests in flight finish (up to drainMs), then resolves. Calling it twice is harmless. */
  close(): Promise<void>;
}

/** Port in use, address not available and the like: what the person starting the server can fix. */
export class ListenError extends Error {
  constructor(readonly code: string, cause: unknown) {
    super(code, { cause });
  }
}

/** Listens with the app on host:port, resolving once connections are accepted (or rejecting with ListenError). */
export async function startServer(options: ListenOptions): Promise<RunningServer> {
  const { app, host, port, tls, drainMs = 10_000 } = options;
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: host,
    ...(tls ? { createServer: createHttpsServer, serverOptions: { cert: tls.cert, key: tls.key } } : {}),
  }) as Server;
  // Slow clients may not hold a connection open forever: a body must arrive within 30 s, headers within 15 s.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.listen(port, host);
  try {
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error as Error))]);
  } catch (error) {
    throw new ListenError((error as NodeJS.ErrnoException).code ?? 'EUNKNOWN', error);
  }
  const bound = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `${tls ? 'https' : 'http'}://${shownHost}:${bound}`,
    port: bound,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), drainMs);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        // Keep-alive connections with no request in flight would hold close() open until they time out.
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
