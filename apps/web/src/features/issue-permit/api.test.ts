import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { plateChecksQueryOptions } from "./api.ts";

/** What the query asks the BFF, as the form's query does, with nothing kept between tests. */
const getPlateChecks = (plate: string, zone: string | undefined) =>
  new QueryClient().fetchQuery({ ...plateChecksQueryOptions(plate, zone), retry: false });

const answer = {
  plate: "AB1O3",
  zone: "Lot 4",
  at: "2026-07-02T15:00:00.000Z",
  activeInZone: [],
  similar: [{ plate: "AB103", lastIssuedAt: "2026-06-30T18:05:00.000Z", zone: "Lot 4" }],
};

function answering(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { "Content-Type": "application/json" },
      }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("plate checks", () => {
  it("keys each plate and zone under the plate, so that invalidating ['plates', plate] covers them", () => {
    expect(plateChecksQueryOptions("AB1O3", "Lot 4").queryKey).toEqual([
      "plates",
      "AB1O3",
      "checks",
      "Lot 4",
    ]);
    expect(plateChecksQueryOptions("AB1O3", undefined).queryKey).toEqual([
      "plates",
      "AB1O3",
      "checks",
      "",
    ]);
  });

  it("asks for the plate in the zone, and parses the answer", async () => {
    const fetch = answering(200, answer);
    await expect(getPlateChecks("AB1O3", "Lot 4")).resolves.toEqual(answer);
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/plates/AB1O3/checks?zone=Lot+4");
  });

  it("leaves the zone out when none is chosen", async () => {
    const fetch = answering(200, { ...answer, zone: undefined });
    await getPlateChecks("AB1O3", "");
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/plates/AB1O3/checks");
  });

  it("throws on an answer that is not plate checks", async () => {
    answering(200, { plate: "AB1O3" });
    await expect(getPlateChecks("AB1O3", "Lot 4")).rejects.toThrow();
  });
});
