import * as accountEndpoints from "@permit-desk/schema/endpoints/accounts";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import * as plateEndpoints from "@permit-desk/schema/endpoints/plates";
import { afterEach, describe, expect, it, vi } from "vitest";
import { callApi, endpointUrl } from "./api-client.ts";
import { ApiRequestError } from "./api-request-error.ts";

function answering(status: number, body?: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: body === undefined ? {} : { "Content-Type": "application/json" },
      }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("endpointUrl", () => {
  it("puts each path parameter in its place, encoded", () => {
    expect(
      endpointUrl(permitEndpoints.recordChangeReconciliation, {
        params: { id: "a/b", changeId: "c d" },
      }),
    ).toBe("/api/permits/a%2Fb/changes/c%20d/reconciliations");
  });

  it("leaves out what is not asked for", () => {
    expect(
      endpointUrl(permitEndpoints.listPermits, {
        query: { plate: "AB", zone: undefined, cursor: "" },
      }),
    ).toBe("/api/permits?plate=AB");
    expect(endpointUrl(permitEndpoints.exportPermits, { query: {} })).toBe(
      "/api/permits/export.csv",
    );
  });

  it("escapes offsets and spaces", () => {
    expect(
      endpointUrl(permitEndpoints.exportPermits, {
        query: { zone: "Lot 4", validFrom: "2026-07-01T00:00:00+02:00", cursor: "c2" },
      }),
    ).toBe(
      "/api/permits/export.csv?zone=Lot+4&validFrom=2026-07-01T00%3A00%3A00%2B02%3A00&cursor=c2",
    );
  });
});

describe("callApi", () => {
  it("sends the endpoint's method, a JSON body and the Idempotency-Key of a write", async () => {
    const fetch = answering(201, {
      referenceId: "R1",
      journalId: "j1",
      plate: "AB123",
      zone: "Lot 4",
      validFrom: "2026-07-02T15:00:00.000Z",
      validUntil: "2026-07-02T17:00:00.000Z",
    });
    const body = {
      plate: "AB123",
      zone: "Lot 4",
      validFrom: "2026-07-02T15:00:00.000Z",
      validUntil: "2026-07-02T17:00:00.000Z",
    };
    await expect(
      callApi(permitEndpoints.issuePermit, { body, idempotencyKey: "key-0001" }),
    ).resolves.toMatchObject({ referenceId: "R1" });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe("/api/permits");
    expect(init?.method).toBe("POST");
    expect(new Headers(init?.headers).get("Idempotency-Key")).toBe("key-0001");
    expect(new Headers(init?.headers).get("Content-Type")).toBe("application/json");
    expect(JSON.parse(String(init?.body))).toEqual(body);
  });

  it("answers nothing for an endpoint that answers without a body", async () => {
    const fetch = answering(204);
    await expect(
      callApi(accountEndpoints.endUserSessions, { params: { id: "u1" } }),
    ).resolves.toBeUndefined();
    expect(fetch.mock.calls[0]?.[0]).toBe("/api/users/u1/sessions");
    expect(fetch.mock.calls[0]?.[1]?.method).toBe("DELETE");
  });

  it("throws on an answer the endpoint's schema does not accept", async () => {
    answering(200, { plate: "AB1O3" });
    const call = callApi(plateEndpoints.getPlateChecks, { params: { plate: "AB1O3" } });
    await expect(call).rejects.toSatisfy(
      (error) => error instanceof ApiRequestError && error.problem.code === "unexpected_response",
    );
  });
});
