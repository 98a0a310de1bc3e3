import { describe, expect, it } from "vitest";
import { changeReconciliationFormResolver } from "./change-finding-values.ts";

const resolve = (values: Parameters<ReturnType<typeof changeReconciliationFormResolver>>[0]) =>
  changeReconciliationFormResolver()(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });

describe("the form for a change OPSCOM did not confirm", () => {
  it("asks what OPSCOM shows before anything is sent", async () => {
    expect((await resolve({ finding: "", note: "" })).errors).toMatchObject({
      finding: { message: "Choose what OPSCOM shows." },
    });
  });

  it("sends the finding, and the note only when one was written", async () => {
    expect((await resolve({ finding: "applied", note: " " })).values).toEqual({
      finding: "applied",
    });
    expect((await resolve({ finding: "not_applied", note: "Old end" })).values).toEqual({
      finding: "not_applied",
      note: "Old end",
    });
  });
});
