namespace Utils {
  export const clamp = (v: number, lo = 0, hi = 1): number =>
    Math.min(hi, Math.max(lo, v));

  export function keys<K extends keyof any>(obj: Record<K, unknown>): K[] {
    return Object.keys(obj) as K[];
  }
}

// Line comment with a URL: https://example.com
/**
 * Doc comment
 */
let value: string | null = null;
value = value ?? "fallback";
for (const [k, v] of Object.entries({ a: 1 })) {
  console.log(k, v);
}
