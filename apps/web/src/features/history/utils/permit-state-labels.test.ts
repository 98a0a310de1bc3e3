import { PERMIT_STATES } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import {
  FINDING_LABELS,
  findingSummary,
  PERMIT_STATE_LABELS,
  PERMIT_STATE_MEANINGS,
} from "./permit-state-labels.ts";

describe("permit state labels", () => {
  it("names every state, each differently", () => {
    const labels = PERMIT_STATES.map((state) => PERMIT_STATE_LABELS[state]);
    expect(labels.every(Boolean)).toBe(true);
    expect(new Set(labels).size).toBe(PERMIT_STATES.length);
  });

  it("says a permit OPSCOM did not confirm may or may not exist", () => {
    expect(PERMIT_STATE_LABELS.unknown).toBe("Not confirmed");
    expect(PERMIT_STATE_MEANINGS.unknown).toBe(
      "OPSCOM did not confirm — this permit may or may not exist.",
    );
  });

  it("explains every state", () => {
    expect(PERMIT_STATES.every((state) => PERMIT_STATE_MEANINGS[state].endsWith("."))).toBe(true);
  });
});

describe("findings", () => {
  it("tells the two findings apart", () => {
    expect(FINDING_LABELS.exists).not.toBe(FINDING_LABELS.absent);
    expect(findingSummary("exists")).toMatch(/found in OPSCOM/);
    expect(findingSummary("absent")).toMatch(/not in OPSCOM/);
  });
});
