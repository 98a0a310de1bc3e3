import { describe, expect, it } from "vitest";
import { voidFormResolver } from "./void-permit-form.tsx";

const resolve = (reason: string) =>
  voidFormResolver()({ reason }, undefined, { fields: {}, shouldUseNativeValidation: false });

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
