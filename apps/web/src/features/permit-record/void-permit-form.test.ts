import { DEFAULT_VALIDITY_BOUNDS } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { changeFormResolver } from "./change-form.ts";
import { voidRules } from "./void-permit-form.tsx";

const limits = { validityBounds: DEFAULT_VALIDITY_BOUNDS, now: () => new Date() };
const resolve = (reason: string) =>
  changeFormResolver(
    voidRules,
    samplePermitRecord().current,
    "America/Toronto",
    limits,
  )({ reason }, undefined, { fields: {}, shouldUseNativeValidation: false });

describe("the void form", () => {
  it("asks for a reason, and sends it trimmed", async () => {
    expect((await resolve("  ")).errors).toMatchObject({
      reason: { message: "reason_required" },
    });
    expect((await resolve(" Left early ")).values).toEqual({
      action: "void",
      reason: "Left early",
    });
  });
});
