import type { MiddlewareHandler } from 'hono';

/**
 * The headers every answer carries. The API serves no page, so the strictest policy costs nothing: no scripts,
 * frames, referrers or type sniffing, and nothing cached (responses and reports are about people). No CORS headers:
 * browsers on other sites must not read the report with a staff member's token.
 */
const HEADERS: Record<string, string> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(HEADERS)) c.res.headers.set(name, value);
  c.res.headers.delete('X-Powered-By');
};
