/** `n` bytes from a secure random source (the CLI passes node:crypto's randomBytes; tests a seeded stand-in). */
export type RandomBytes = (n: number) => Uint8Array;

/**
 * One draw of the discrete Laplace (two-sided geometric) distribution with scale t/s, P[x] ∝ exp(−|x|·s/t), by
 * Canonne, Kamath and Steinke (2020), Algorithm 2: only whole numbers and exact Bernoulli trials, no floating
 * point. Floating-point samplers (inverse CDF of a double) leave gaps and uneven steps in the output that can
 * tell neighbouring data sets apart (Mironov 2012; OpenDP's notes on floating-point attacks), which is why OpenDP
 * samples this way too. The running time varies with the draw but not with the count being protected.
 */
export function sampleDiscreteLaplace(t: bigint, s: bigint, random: RandomBytes): bigint {
  if (t <= 0n || s <= 0n) throw new RangeError('scale <= 0');
  for (;;) {
    const u = uniformBelow(t, random);
    if (!bernoulliExp(u, t, random)) continue;
    let v = 0n;
    while (bernoulliExp(1n, 1n, random)) v += 1n;
    const y = (u + t * v) / s;
    const negative = uniformBelow(2n, random) === 1n;
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/** Bernoulli(exp(−n/d)) for n ≥ 0, d > 0, exactly (CKS20 Algorithm 1). */
export function bernoulliExp(n: bigint, d: bigint, random: RandomBytes): boolean {
  let gamma = n;
  while (gamma > d) {
    if (!bernoulliExp(1n, 1n, random)) return false;
    gamma -= d;
  }
  // exp(−γ) for γ = gamma/d ≤ 1: the first k with a failed Bernoulli(γ/k) is odd with probability exp(−γ).
  let k = 1n;
  while (uniformBelow(d * k, random) < gamma) k += 1n;
  return k % 2n === 1n;
}

/** A uniform whole number in [0, n), by rejection on whole bytes (no modulo bias). */
export function uniformBelow(n: bigint, random: RandomBytes): bigint {
  if (n <= 0n) throw new RangeError('n <= 0');
  if (n === 1n) return 0n;
  const bits = (n - 1n).toString(2).length;
  const bytes = Math.ceil(bits / 8);
  const topMask = (1 << (bits - (bytes - 1) * 8)) - 1;
  for (;;) {
    const b = random(bytes);
    let x = BigInt((b[0] ?? 0) & topMask);
    for (let i = 1; i < bytes; i += 1) x = (x << 8n) | BigInt(b[i] ?? 0);
    if (x < n) return x;
  }
}
