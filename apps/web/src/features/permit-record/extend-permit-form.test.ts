import { DEFAULT_VALIDITY_BOUNDS, problemAsText } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { changeFormResolver } from "./change-form.ts";
import {
  CHOSEN_END,
  extendedEnd,
  extensionFormValuesOf,
  extensionInputOf,
  extensionRules,
} from "./extend-permit-form.tsx";

const TORONTO = "America/Toronto";
const current = samplePermitRecord().current;
const values = extensionFormValuesOf(current, TORONTO);
/** Five minutes into the sample permit, which starts 2026-07-02 09:00 in Toronto. */
const limits = {
  validityBounds: DEFAULT_VALIDITY_BOUNDS,
  now: () => new Date("2026-07-02T13:05:00Z"),
};
const resolve = (changed: Partial<typeof values>, at = limits) =>
  changeFormResolver(
    extensionRules,
    current,
    TORONTO,
    at,
  )({ ...values, ...changed }, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

describe("the extension form", () => {
  it("offers an hour more by default, and the current end to start a chosen time from", () => {
    expect(values).toEqual({ choice: "hours:1", until: "2026-07-02T11:00", reason: "" });
  });

  it("extends from the current end: elapsed hours, or the same time the next day", () => {
    expect(extensionInputOf({ ...values, reason: "Dinner" }, current, TORONTO)).toEqual({
      action: "update",
      changes: { validUntil: "2026-07-02T12:00:00-04:00" },
      reason: "Dinner",
    });
    expect(extendedEnd(current, { kind: "days", days: 1 }, TORONTO).toISOString()).toBe(
      "2026-07-03T15:00:00.000Z",
    );
  });

  it("keeps a day to the same clock time across a daylight-saving change", () => {
    const autumn = { ...current, validUntil: "2026-10-31T14:00:00.000Z" };
    expect(extendedEnd(autumn, { kind: "days", days: 1 }, TORONTO).toISOString()).toBe(
      "2026-11-01T15:00:00.000Z",
    );
  });

  it("reads a chosen end on the site's clock", async () => {
    const result = await resolve({ choice: CHOSEN_END, until: "2026-07-02T18:30", reason: "Late" });
    expect(result.values).toEqual({
      action: "update",
      changes: { validUntil: "2026-07-02T18:30:00-04:00" },
      reason: "Late",
    });
  });

  it("says beside the time what is wrong with the end, and beside the reason that one is needed", async () => {
    const early = await resolve({ choice: CHOSEN_END, until: "2026-07-02T08:00" });
    expect(early.errors).toMatchObject({
      until: { message: "validity_end_before_start" },
      reason: { message: "reason_required" },
    });
    const blank = await resolve({ choice: CHOSEN_END, until: "", reason: "Late" });
    expect(blank.errors).toMatchObject({ until: { message: "date_time_required" } });
    const same = await resolve({ choice: CHOSEN_END, until: "2026-07-02T11:00", reason: "Late" });
    expect(same.errors).toMatchObject({
      until: { message: "change_no_effect" },
    });
  });

  it("extends up to the site's longest permit, counted from the start, however long ago that was", async () => {
    const weekLater = { ...limits, now: () => new Date("2026-07-09T13:00:00Z") };
    const fine = await resolve(
      { choice: CHOSEN_END, until: "2026-08-01T09:00", reason: "Stay" },
      weekLater,
    );
    expect(fine.errors).toEqual({});
    const tooLong = await resolve(
      { choice: CHOSEN_END, until: "2026-08-01T09:01", reason: "Stay" },
      weekLater,
    );
    expect(tooLong.errors.until?.message).toBe(
      problemAsText({ code: "validity_too_long", params: { days: 30 } }),
    );
  });
});
