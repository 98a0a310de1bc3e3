import { apiErrorSchema } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.ts";
import { apiError } from "./api-error.ts";

describe("apiError", () => {
  it("carries the category, the reason's code and its parameters, and no prose", () => {
    const answer = apiError("forbidden", { code: "zone_not_assigned", params: { zone: "Lot 5" } });
    expect(answer).toEqual({
      error: { code: "forbidden", reason: "zone_not_assigned", params: { zone: "Lot 5" } },
    });
    expect(apiErrorSchema.safeParse(answer).success).toBe(true);
  });

  it("leaves out a reason's parameters when it has none", () => {
    expect(apiError("conflict", { code: "admin_exists" })).toEqual({
      error: { code: "conflict", reason: "admin_exists" },
    });
  });
});

describe("the BFF's error answers", () => {
  it("POST /api/permits answers 422 with field problems by code and not one sentence", async () => {
    const { app } = await testApp({ baseUrl: "http://127.0.0.1:9" });
    const response = await app.request("/api/permits", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
      body: JSON.stringify({ plate: "", zone: "" }),
    });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      error: {
        code: "validation",
        reason: "fields_need_attention",
        fieldErrors: { plate: [{ code: "plate_required" }], zone: [{ code: "zone_required" }] },
      },
    });
    expect(text).not.toMatch(/"message"|Enter |Choose /);
  });
});
