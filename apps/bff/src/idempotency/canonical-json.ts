/** What is left to write: a value, or punctuation already decided. */
type Pending = { value: unknown } | { text: string };

function scalarJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") {
    return JSON.stringify(value);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form.`);
    return JSON.stringify(value);
  }
  throw new TypeError(`A ${typeof value} has no JSON form.`);
}

/**
 * JSON with object keys sorted and no whitespace (as RFC 8785 orders them, by UTF-16 code
 * units), so that two bodies meaning the same thing give the same text whatever their key order.
 * Written with a stack of its own rather than by recursion: a body's depth is the client's to
 * choose, and the call stack's is not.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  // Last in, first out: each container pushes its closing mark first and its first member last.
  const pending: Pending[] = [{ value }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if ("text" in next) {
      parts.push(next.text);
      continue;
    }
    const current = next.value;
    if (Array.isArray(current)) {
      pending.push({ text: "]" });
      for (let index = current.length - 1; index >= 0; index--) {
        const item: unknown = current[index];
        pending.push({ value: item === undefined ? null : item });
        if (index > 0) pending.push({ text: "," });
      }
      pending.push({ text: "[" });
    } else if (typeof current === "object" && current !== null) {
      const members = Object.entries(current)
        .filter(([, member]) => member !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      pending.push({ text: "}" });
      for (let index = members.length - 1; index >= 0; index--) {
        const [key, member] = members[index] ?? [];
        pending.push({ value: member });
        pending.push({ text: `${JSON.stringify(key)}:` });
        if (index > 0) pending.push({ text: "," });
      }
      pending.push({ text: "{" });
    } else {
      parts.push(scalarJson(current));
    }
  }
  return parts.join("");
}
