import { createHash, randomBytes } from 'node:crypto';

const DAY_MS = 86_400_000;

/**
 * Turns a client's address into the key its rate limit is counted under: sha256 of a random salt and the address.
 * The salt lives only in memory and is replaced each day (by the injected clock), so a key cannot be turned back into
 * an address even by someone who reads the process's memory tomorrow. `onRotate` lets the limiter drop the old keys.
 */
export function createClientKeys(now: () => number, onRotate: () => void = () => {}): (address: string) => string {
  let day = Math.floor(now() / DAY_MS);
  let salt = randomBytes(32);
  return (address) => {
    const today = Math.floor(now() / DAY_MS);
    if (today !== day) {
      day = today;
      salt = randomBytes(32);
      onRotate();
    }
    return createHash('sha256').update(salt).update(address).digest('base64url');
  };
}
