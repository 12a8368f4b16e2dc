/** Growing typed arrays for the columnar buffers (copying is amortised by doubling). */

/** A copy of `a` with room for `size` elements. */
export function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
