type RandomSource = {
  randomUUID?: () => string;
  getRandomValues: (array: Uint8Array) => Uint8Array;
};

/**
 * A random UUID v4. `crypto.randomUUID` exists only in secure contexts, so a page served over
 * plain HTTP on a local network builds one from `getRandomValues`, which exists everywhere.
 */
export function newIdempotencyKey(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What is sent under an idempotency key: its payload, and the key that names it at the BFF. */
export type Keyed<T extends object> = T & { idempotencyKey: string };

/**
 * The submission for a payload. The same payload sent again after an attempt whose answer did not
 * settle it (lost, double submit, OPSCOM unconfirmed, refused) goes under that attempt's key, so
 * the BFF answers from its record instead of acting twice; any other payload gets a new key.
 */
export function nextKeyed<T extends object>(
  previous: Keyed<T> | undefined,
  payload: T,
  newKey: () => string,
): Keyed<T> {
  if (previous !== undefined) {
    const { idempotencyKey: _, ...sent } = previous;
    if (JSON.stringify(sent) === JSON.stringify(payload)) return previous;
  }
  return { ...payload, idempotencyKey: newKey() };
}
