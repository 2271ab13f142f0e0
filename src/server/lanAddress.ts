import { networkInterfaces } from 'node:os';

type Interfaces = ReturnType<typeof networkInterfaces>;

/**
 * The address other machines on the local network reach this one at: the first IPv4 address of an interface that
 * is not loopback, preferring private ranges (10/8, 172.16/12, 192.168/16) where a classroom's machines live.
 * Undefined when the machine has none.
 */
export function lanAddress(interfaces: Interfaces = networkInterfaces()): string | undefined {
  const found: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.internal || entry.family !== 'IPv4' || entry.address.startsWith('169.254.')) continue;
      found.push(entry.address);
    }
  }
  const isPrivate = (a: string) => /^10\./.test(a) || /^192\.168\./.test(a) || /^172\.(1[6-9]|2\d|3[01])\./.test(a);
  return found.find(isPrivate) ?? found[0];
}

/** Whether `host` means every interface of the machine. */
export function isAnyHost(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}
