import type { Changes } from "./audit-event.ts";

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose values differ, each as before → after; fields only in `after` start from null. */
export function changesBetween(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): Changes {
  const changes: Changes = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = before === undefined ? null : (before[field] ?? null);
    if (!same(previous, value)) changes[field] = { before: previous, after: value };
  }
  return changes;
}
