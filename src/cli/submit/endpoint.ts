/** An API path under the survey's address, keeping a path prefix (https://host/survey → https://host/survey/api/v1/…). */
export function endpoint(base: string, path: string): URL {
  const url = new URL(base);
  return new URL(`${url.origin}${url.pathname.replace(/\/+$/, '')}${path}`);
}
