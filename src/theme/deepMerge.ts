/**
 * Every property optional, recursively (arrays and functions are replaced, not merged).
 * Used for partial theme and message overrides.
 */
export type DeepPartial<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly unknown[]
    ? T
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Returns a new object: `base` with every defined value of `overrides` laid over it, recursively.
 * `undefined` in the overrides keeps the base value; neither input is mutated.
 */
export function deepMerge<T>(base: T, overrides: NoInfer<DeepPartial<T>> | undefined | null): T {
  if (overrides === undefined || overrides === null) return base;
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides as T;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    // Guard against prototype pollution from untrusted override objects.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const value = overrides[key];
    if (value === undefined) continue;
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge<Record<string, unknown>>(current, value) : value;
  }
  return out as T;
}
