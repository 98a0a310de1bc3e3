import { describe, expect, it } from "vitest";
import { isUndoShortcut, secondsLeft } from "./undo-issue.tsx";

const key = (
  code: string,
  modifiers: Partial<Record<"alt" | "ctrl" | "meta" | "shift", boolean>>,
) => ({
  code,
  altKey: modifiers.alt ?? false,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: modifiers.meta ?? false,
  shiftKey: modifiers.shift ?? false,
});

describe("isUndoShortcut", () => {
  it("is Alt+Z alone, by the key's place on the keyboard", () => {
    expect(isUndoShortcut(key("KeyZ", { alt: true }))).toBe(true);
    expect(isUndoShortcut(key("KeyZ", {}))).toBe(false);
    expect(isUndoShortcut(key("KeyZ", { alt: true, shift: true }))).toBe(false);
    expect(isUndoShortcut(key("KeyZ", { ctrl: true }))).toBe(false);
    expect(isUndoShortcut(key("Digit1", { alt: true }))).toBe(false);
  });
});

describe("secondsLeft", () => {
  it("counts whole seconds up, and stops at zero", () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 800)).toBe(10);
    expect(secondsLeft(10_000, 1_000)).toBe(9);
    expect(secondsLeft(10_000, 9_999)).toBe(1);
    expect(secondsLeft(10_000, 10_000)).toBe(0);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
  });
});
