import { plateChecksSchema } from "@permit-desk/schema";
import { afterEach, describe, expect, it } from "vitest";
import { testDialects } from "../db/test-databases.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { answerJson, recordingServersPerTest } from "../testing/recording-server.ts";
import { postPermit, type TestClient, testApp, validDraft } from "../testing/test-app.ts";

const recordingServer = recordingServersPerTest(afterEach);

/** 11:00 in Toronto, inside validDraft's 09:00–17:00. */
const NOW = "2026-07-02T15:00:00.000Z";
const DAY_MS = 24 * 3_600_000;

describe.each(testDialects())("GET /api/plates/:plate/checks on %s", (dialect) => {
  async function site(env: Record<string, string> = {}) {
    let issued = 0;
    const opscom = await recordingServer((request, response) =>
      request.body.includes('"REJECTED1"') || request.body.includes('"AB1O8"')
        ? answerJson(response, 400, { ErrorCode: 9006, ErrorMessage: "Licence plate is invalid." })
        : answerJson(response, 200, { status: "success", reference_id: `REF-${++issued}` }),
    );
    const time = manualClock(NOW);
    const context = await testApp({ baseUrl: opscom.url, clock: time.clock, dialect, env });
    /** A member made now, so that their session is fresh whatever the clock did before. */
    const member = async (role: "validator" | "manager" | "admin", zones: string[]) =>
      context.as(await context.staffCookie({ role, zones }));
    const issue = async (client: TestClient, plate: string, zone = "Lot 4") => {
      const response = await postPermit(client, { ...validDraft, plate, zone });
      time.advance(60_000);
      return response.status;
    };
    return { ...context, time, member, issue };
  }

  const checksOf = async (client: TestClient, plate: string, zone?: string) => {
    const query = zone === undefined ? "" : `?zone=${encodeURIComponent(zone)}`;
    const response = await client.request(
      `/api/plates/${encodeURIComponent(plate)}/checks${query}`,
    );
    expect(response.status).toBe(200);
    return plateChecksSchema.parse(await response.json());
  };
  const similarOf = async (client: TestClient, plate: string, zone?: string) =>
    (await checksOf(client, plate, zone)).similar.map((found) => found.plate);

  it("offers a plate issued here with 0 when the plate is typed with O, with when and where", async () => {
    const { app, member, issue, time } = await site();
    expect(await issue(app, "AB103")).toBe(201);
    const issuedAt = new Date(time.clock().getTime() - 60_000).toISOString();
    const ana = await member("validator", ["Lot 4"]);
    const checks = await checksOf(ana, "ab 1o3", "Lot 4");
    expect(checks).toEqual({
      plate: "AB1O3",
      zone: "Lot 4",
      at: time.clock().toISOString(),
      activeInZone: [],
      similar: [{ plate: "AB103", lastIssuedAt: issuedAt, zone: "Lot 4" }],
    });
  });

  it("does not offer a plate two confusable characters away, nor the typed plate itself", async () => {
    const { app, member, issue } = await site();
    expect(await issue(app, "AB103")).toBe(201);
    expect(await issue(app, "ABIO3")).toBe(201);
    const ana = await member("validator", ["Lot 4"]);
    expect(await similarOf(ana, "ABIO3", "Lot 4")).toEqual([]);
    expect(await similarOf(ana, "AB1O3", "Lot 4")).toEqual(["ABIO3", "AB103"]);
  });

  it("does not offer a validator plates issued in a zone they do not issue in", async () => {
    const { app, member, issue } = await site();
    expect(await issue(app, "AB103", "Lot 5")).toBe(201);
    const ana = await member("validator", ["Lot 4"]);
    const bo = await member("validator", ["Lot 5"]);
    expect(await similarOf(ana, "AB1O3", "Lot 4")).toEqual([]);
    expect(await similarOf(ana, "AB1O3")).toEqual([]);
    expect(await similarOf(bo, "AB1O3", "Lot 5")).toEqual(["AB103"]);
    expect(await similarOf(app, "AB1O3")).toEqual(["AB103"]);
  });

  it.each([
    [{}, ["A81O3"]],
    [{ SIMILAR_PLATE_DAYS: "40" }, ["A81O3", "AB103"]],
  ])(
    "does not offer plates last issued before the window (30 days unless SIMILAR_PLATE_DAYS says otherwise): %o",
    async (env, expected) => {
      const { member, issue, time } = await site(env);
      time.set(new Date(Date.parse(NOW) - 31 * DAY_MS).toISOString());
      expect(await issue(await member("admin", []), "AB103")).toBe(201);
      time.set(new Date(Date.parse(NOW) - 29 * DAY_MS).toISOString());
      expect(await issue(await member("admin", []), "A81O3")).toBe(201);
      time.set(NOW);
      expect(await similarOf(await member("validator", ["Lot 4"]), "AB1O3", "Lot 4")).toEqual(
        expected,
      );
    },
  );

  it("does not offer plates whose permit OPSCOM refused", async () => {
    const { app, issue } = await site();
    expect(await issue(app, "AB1O8")).toBe(422);
    expect(await similarOf(app, "AB108")).toEqual([]);
  });

  it("offers at most five plates, each once with its latest permit, newest first", async () => {
    const { app, issue } = await site();
    const variants = ["0OOOOO", "O0OOOO", "OO0OOO", "OOO0OO", "OOOO0O", "OOOOO0"];
    for (const plate of variants) expect(await issue(app, plate)).toBe(201);
    expect(await issue(app, "0OOOOO", "Lot 5")).toBe(201);
    const { similar } = await checksOf(app, "OOOOOO");
    expect(similar.map((found) => found.plate)).toEqual([
      "0OOOOO",
      "OOOOO0",
      "OOOO0O",
      "OOO0OO",
      "OO0OOO",
    ]);
    expect(similar[0]?.zone).toBe("Lot 5");
  });

  it("shows any member issuing in the zone the permits valid now for the plate there, without who issued them or the amount", async () => {
    const { member, issue } = await site();
    const bo = await member("validator", ["Lot 4", "Lot 5"]);
    expect(await issue(bo, "AB123")).toBe(201);
    const ana = await member("validator", ["Lot 4"]);
    const checks = await checksOf(ana, "ab-123", "Lot 4");
    expect(checks.activeInZone).toEqual([
      {
        referenceId: "REF-1",
        validFrom: "2026-07-02T13:00:00.000Z",
        validUntil: "2026-07-02T21:00:00.000Z",
        state: "issued",
        status: "active",
      },
    ]);
    expect(checks.similar).toEqual([]);
    expect(await checksOf(bo, "AB123", "Lot 5")).toMatchObject({ activeInZone: [] });
    expect(await checksOf(ana, "AB123")).toMatchObject({ activeInZone: [] });
  });

  it("does not show permits that are no longer valid", async () => {
    const { app, member, issue, time } = await site();
    expect(await issue(app, "AB123")).toBe(201);
    time.set("2026-07-02T20:59:59.000Z");
    expect((await checksOf(await member("admin", []), "AB123", "Lot 4")).activeInZone).toHaveLength(
      1,
    );
    time.set("2026-07-02T21:00:00.000Z");
    expect(await checksOf(await member("admin", []), "AB123", "Lot 4")).toMatchObject({
      activeInZone: [],
    });
  });

  it("answers 403 for a zone the member may not issue in, or that does not exist", async () => {
    const { member } = await site();
    const ana = await member("validator", ["Lot 4"]);
    for (const zone of ["Lot 5", "Nowhere"]) {
      const response = await ana.request(
        `/api/plates/AB123/checks?zone=${encodeURIComponent(zone)}`,
      );
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it("answers 400, not 500, to a plate or zone that cannot be one", async () => {
    const { app } = await site();
    for (const path of [
      "/api/plates/AB.12/checks",
      `/api/plates/${"A".repeat(26)}/checks`,
      "/api/plates/%20/checks",
      `/api/plates/AB123/checks?zone=${"x".repeat(201)}`,
    ]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "bad_request" } });
    }
    // Escapes that are not UTF-8 are refused before the route, as text it cannot read.
    const response = await app.request("/api/plates/%E0%A4%A/checks");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "character_not_accepted" } });
  });

  it("treats a blank zone as none chosen", async () => {
    const { app } = await site();
    expect(await checksOf(app, "AB123", " ")).toMatchObject({ activeInZone: [], similar: [] });
  });

  it("answers 401 to an anonymous request", async () => {
    const { anonymous } = await site();
    const response = await anonymous.request("/api/plates/AB123/checks?zone=Lot%204");
    expect(response.status).toBe(401);
  });
});
