/** Alt+Z by the key's place, not its character (Option+Z types Ω on a Mac): no plate has it. */
export function isUndoShortcut(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}): boolean {
  return (
    event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === "KeyZ"
  );
}

/** Whole seconds left before a deadline (ms), never below zero: 9.2 s left reads 10. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
