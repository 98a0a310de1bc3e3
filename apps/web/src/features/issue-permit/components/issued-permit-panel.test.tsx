import { describe, expect, it } from "vitest";
import { formatPermitAmount, printShortcut } from "./issued-permit-panel.tsx";

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

describe("formatPermitAmount", () => {
  it("shows a paid amount in the locale's money format", () => {
    expect(formatPermitAmount({ amount: "14.50", currency: "CAD" }, "fr-CA")).toBe("14,50\u00a0$");
    expect(formatPermitAmount({ amount: "14.50", currency: "CAD" }, "en-CA")).toBe("$14.50");
  });

  it("shows nothing for a free permit", () => {
    expect(formatPermitAmount({}, "en-CA")).toBeUndefined();
  });

  it("shows the amount as sent when no currency came with it", () => {
    expect(formatPermitAmount({ amount: "14.50" }, "en-CA")).toBe("14.50");
  });
});
