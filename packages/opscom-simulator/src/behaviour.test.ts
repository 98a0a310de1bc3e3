import { describe, expect, it } from "vitest";
import { parseBehaviour } from "./behaviour.ts";

describe("parseBehaviour", () => {
  it("fills in the defaults: every route, until changed, the permit made before a lost answer", () => {
    expect(parseBehaviour({ mode: "reset" })).toEqual({
      ok: true,
      behaviour: {
        mode: "reset",
        createsPermit: true,
        routes: ["push", "update", "delete", "stats"],
        times: null,
      },
    });
  });

  it("keeps the settings given", () => {
    expect(
      parseBehaviour({ mode: "html500", createsPermit: false, routes: ["push"], times: 3 }),
    ).toEqual({
      ok: true,
      behaviour: { mode: "html500", createsPermit: false, routes: ["push"], times: 3 },
    });
  });

  it("gives reject the published description of its code when no message is given", () => {
    expect(parseBehaviour({ mode: "reject", errorCode: 9009 })).toMatchObject({
      behaviour: { errorCode: 9009, errorMessage: "The record was not found." },
    });
  });

  it.each([
    ["not an object", "slow", "JSON object"],
    ["an unknown mode", { mode: "explode" }, "mode must be one of"],
    ["a misspelt setting", { mode: "slow", delay: 100 }, '"delay"'],
    ["a delay that is not whole", { mode: "slow", delayMs: 1.5 }, "delayMs"],
    ["a delay that is missing", { mode: "slow" }, "delayMs"],
    ["a delay over ten minutes", { mode: "slow", delayMs: 600_001 }, "delayMs"],
    [
      "createsPermit that is not a boolean",
      { mode: "hang", createsPermit: "yes" },
      "createsPermit",
    ],
    ["createsPermit on malformed", { mode: "malformed", createsPermit: true }, '"createsPermit"'],
    ["times of zero", { mode: "hang", times: 0 }, "times"],
    ["an unknown route", { mode: "hang", routes: ["renew"] }, "routes"],
    ["an empty route list", { mode: "hang", routes: [] }, "routes"],
    ["reject without a code", { mode: "reject" }, "errorCode"],
    [
      "a message that is not text",
      { mode: "reject", errorCode: 9021, errorMessage: 1 },
      "errorMessage",
    ],
    ["times on normal", { mode: "normal", times: 1 }, '"times"'],
    ["reshape without a shape", { mode: "reshape" }, "shape must be one of"],
    ["reshape into an unknown shape", { mode: "reshape", shape: "teapot" }, "shape must be one of"],
  ])("refuses %s, saying why", (_case, input, reason) => {
    expect(parseBehaviour(input)).toEqual({ ok: false, error: expect.stringContaining(reason) });
  });
});
