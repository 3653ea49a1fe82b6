/**
 * Deterministic random numbers for the seeded statistics tests (not shipped: `*.testutil.ts` is left
 * out of the build). mulberry32 for uniforms, Box–Muller for normals.
 */

/** Uniform numbers in (0, 1) from a 32-bit seed. */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967297;
  };
}

/** A standard normal draw from a uniform source. */
export const standardNormal = (u: () => number): number => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
