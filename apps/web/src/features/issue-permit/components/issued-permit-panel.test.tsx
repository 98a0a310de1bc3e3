import { describe, expect, it } from "vitest";
import { printShortcut } from "./issued-permit-panel.tsx";

describe("printShortcut", () => {
  it("names Cmd+P on a Mac, an iPad or an iPhone", () => {
    for (const platform of ["MacIntel", "iPad", "iPhone"]) {
      expect(printShortcut(platform)).toEqual({ label: "Cmd+P", ariaKeyShortcuts: "Meta+P" });
    }
  });

  it("names Ctrl+P on Windows, Linux and anything unknown", () => {
    for (const platform of ["Win32", "Linux x86_64", ""]) {
      expect(printShortcut(platform)).toEqual({ label: "Ctrl+P", ariaKeyShortcuts: "Control+P" });
    }
  });
});
