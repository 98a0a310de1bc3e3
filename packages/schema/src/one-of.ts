/** Whether a value is one of a list's members, narrowing it to the list's type when it is. */
export function isOneOf<T>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
