import {
  activePermitsSchema,
  apiErrorSchema,
  changePermission,
  clientConfigSchema,
  type PermitRecord,
  permitPageSchema,
  permitRecordSchema,
  plateChecksSchema,
} from "@permit-desk/schema";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { testDialects } from "../db/test-databases.ts";
import { changeSite, postChange, simulatorPerFile } from "../testing/permit-changes.ts";
import { TEST_TOKEN, type TestClient, validDraft } from "../testing/test-app.ts";

const simulator = simulatorPerFile();
const MINUTE_MS = 60_000;

const recordOf = async (client: TestClient, id: string) => {
  const response = await client.request(`/api/permits/${id}`);
  expect(response.status).toBe(200);
  return permitRecordSchema.parse(await response.json());
};

const errorOf = async (response: Response) => apiErrorSchema.parse(await response.json()).error;

const requestsTo = (route: string) =>
  simulator()
    .simulator.state.requests()
    .filter((request) => request.route === route);

describe.each(testDialects())("POST /api/permits/:id/changes on %s", (dialect) => {
  const site = (options: Parameters<typeof changeSite>[1] = {}) =>
    changeSite(simulator().url, { dialect, ...options });

  describe("who may change a permit", () => {
    it("refuses a validator 15 minutes after the start with 403 and the start on the site's clock, and lets a manager of the zone do it", async () => {
      const { member, issue, time } = await site();
      const ana = await member({ role: "validator", username: "ana", zones: ["Lot 4"] });
      const mia = await member({ role: "manager", username: "mia", zones: ["Lot 4"] });
      const permit = await issue(ana);
      time.advance(11 * MINUTE_MS);

      const late = await postChange(ana, permit.journalId, {
        action: "update",
        changes: { plate: "PL8RDB" },
        reason: "Plate typed wrong",
      });
      expect(late.status).toBe(403);
      expect(await errorOf(late)).toEqual({
        code: "forbidden",
        reason: "change_window_closed",
        params: { minutes: 15, start: "09:00" },
      });
      expect(requestsTo("update")).toHaveLength(0);

      const byManager = await postChange(mia, permit.journalId, {
        action: "update",
        changes: { plate: "PL8RDB" },
        reason: "Plate typed wrong",
      });
      expect(byManager.status).toBe(201);
      const record = permitRecordSchema.parse(await byManager.json());
      expect(record.current).toMatchObject({ plate: "PL8RDB", status: "active", corrected: true });
      expect(simulator().simulator.state.permit(permit.referenceId)?.body.LicencePlate).toBe(
        "PL8RDB",
      );
    });

    it("lets a validator correct their own permit until the window closes, counted from the current start", async () => {
      const { member, issue, time } = await site({ env: { CHANGE_WINDOW_MINUTES: "30" } });
      const ana = await member({ role: "validator", zones: ["Lot 4"] });
      const permit = await issue(ana);
      time.advance(25 * MINUTE_MS);

      const response = await postChange(ana, permit.journalId, {
        action: "update",
        changes: { validUntil: "2026-07-02T19:00:00-04:00" },
        reason: "Guest stays for dinner",
      });

      expect(response.status).toBe(201);
      const sent = requestsTo("update")[0]?.body;
      expect(sent).toEqual({
        apiToken: "[REDACTED]",
        referenceID: permit.referenceId,
        endTime: "2026-07-02T23:00:00",
      });
    });

    /** A validator's permit issued for 09:00 with a 30-minute window, moved at 09:05 to start at 12:00. */
    const issuedThenMovedLater = async () => {
      const { member, issue, time } = await site({ env: { CHANGE_WINDOW_MINUTES: "30" } });
      const ana = await member({ role: "validator", zones: ["Lot 4"] });
      const permit = await issue(ana);
      const later = await postChange(ana, permit.journalId, {
        action: "update",
        changes: { validFrom: "2026-07-02T12:00:00-04:00" },
        reason: "Guest arrives at noon",
      });
      expect(later.status).toBe(201);
      return { ana, permit, time };
    };

    it("counts a validator's window from the start as issued when they moved it later", async () => {
      const { ana, permit, time } = await issuedThenMovedLater();
      // 09:31: past 09:00 + 30 min, though not past the new start's 12:00 + 30 min.
      time.advance(26 * MINUTE_MS);

      const refused = await postChange(ana, permit.journalId, {
        action: "update",
        changes: { validUntil: "2026-07-02T19:00:00-04:00" },
        reason: "And stays for dinner",
      });
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).params).toMatchObject({ start: "09:00" });
    });

    it("answers a validator's change of a permit moved later as the page's rule does, from the record it sends", async () => {
      const { ana, permit, time } = await issuedThenMovedLater();
      const askAt = (record: PermitRecord, now: number) =>
        changePermission({
          member: { username: record.actor, role: "validator" },
          permit: {
            actor: record.actor,
            validFromAsIssued: Date.parse(record.validFrom),
            validFromNow: Date.parse(record.current.validFrom),
            zone: record.current.zoneName,
            inMemberZones: true,
          },
          changeWindowMinutes: 30,
          now,
        });
      // 09:30 on the site's clock: the window after the start as issued (09:00) is still open.
      time.advance(25 * MINUTE_MS);
      const open = await recordOf(ana, permit.journalId);
      expect(askAt(open, Date.parse("2026-07-02T13:30:00.000Z"))).toEqual({ allowed: true });

      // 09:31: closed, on the page and at the BFF alike.
      time.advance(MINUTE_MS);
      const record = await recordOf(ana, permit.journalId);
      expect(record.current.validFrom).toBe("2026-07-02T16:00:00.000Z");
      expect(askAt(record, Date.parse("2026-07-02T13:31:00.000Z"))).toMatchObject({
        allowed: false,
        code: "change_window_closed",
        params: { startedAt: Date.parse("2026-07-02T13:00:00.000Z") },
      });
      const refused = await postChange(ana, permit.journalId, {
        action: "void",
        reason: "Guest left",
      });
      expect(refused.status).toBe(403);
      expect((await errorOf(refused)).params).toMatchObject({ start: "09:00" });
    });

    it("lets the issuer undo within the undo window even when the change window is closed, and no later", async () => {
      const { member, issue, time } = await site({
        env: { CHANGE_WINDOW_MINUTES: "0" },
        now: "2026-07-02T15:00:00.000Z",
      });
      const ana = await member({ role: "validator", zones: ["Lot 4"] });
      const first = await issue(ana);
      const second = await issue(ana, { plate: "SECOND1" });
      time.advance(9_000);

      const undo = await postChange(ana, first.journalId, {
        action: "void",
        reason: "Undone right after issuing",
      });
      expect(undo.status).toBe(201);
      expect(simulator().simulator.state.permit(first.referenceId)?.deletedAt).not.toBeNull();

      time.advance(30_000);
      const late = await postChange(ana, second.journalId, {
        action: "void",
        reason: "Undone right after issuing",
      });
      expect(late.status).toBe(403);
      expect((await errorOf(late)).params).toMatchObject({ minutes: 0 });
    });

    it("offers Undo for UNDO_SECONDS and no Undo at all with 0", async () => {
      const { member, issue, time, app } = await site({
        env: { CHANGE_WINDOW_MINUTES: "0", UNDO_SECONDS: "0" },
        now: "2026-07-02T15:00:00.000Z",
      });
      const config = clientConfigSchema.parse(await (await app.request("/api/config")).json());
      expect(config).toMatchObject({ undoSeconds: 0, changeWindowMinutes: 0 });
      const ana = await member({ role: "validator", zones: ["Lot 4"] });
      const permit = await issue(ana);
      time.advance(1_000);

      const undo = await postChange(ana, permit.journalId, { action: "void", reason: "Undo" });

      expect(undo.status).toBe(403);
    });

    it("keeps a validator to zones of theirs and to the permits they issued", async () => {
      const { member, issue } = await site();
      const ana = await member({ role: "validator", username: "ana", zones: ["Lot 4"] });
      const bo = await member({ role: "validator", username: "bo", zones: ["Lot 4", "Lot 5"] });
      const permit = await issue(ana);

      const elsewhere = await postChange(ana, permit.journalId, {
        action: "update",
        changes: { zone: "Lot 5" },
        reason: "Wrong lot",
      });
      expect(elsewhere.status).toBe(403);
      expect(await errorOf(elsewhere)).toMatchObject({
        reason: "zone_not_assigned",
        params: { zone: "Lot 5" },
      });
      const notTheirs = await postChange(bo, permit.journalId, { action: "void", reason: "Oops" });
      expect(notTheirs.status).toBe(404);
      expect(requestsTo("update")).toHaveLength(0);
      expect(requestsTo("delete")).toHaveLength(0);
    });

    it("keeps a manager to permits in their zones, old and new, and lets an admin move any", async () => {
      const { member, issue, app } = await site();
      const bo = await member({ role: "validator", zones: ["Lot 4", "Lot 5"] });
      const lot4 = await member({ role: "manager", zones: ["Lot 4"] });
      const lot5 = await member({ role: "manager", zones: ["Lot 5"] });
      const permit = await issue(bo);
      const toLot5 = { action: "update", changes: { zone: "Lot 5" }, reason: "Wrong lot" } as const;

      const intoOther = await postChange(lot4, permit.journalId, toLot5);
      expect(intoOther.status).toBe(403);
      expect(await postChange(lot5, permit.journalId, toLot5)).toHaveProperty("status", 404);

      const byAdmin = await postChange(app, permit.journalId, toLot5);
      expect(byAdmin.status).toBe(201);
      // The permit has left Lot 4 for Lot 5: each manager sees it, only Lot 5's may change it.
      expect((await recordOf(lot4, permit.journalId)).current.zone).toBe("Lot 5");
      const fromLot4 = await postChange(lot4, permit.journalId, {
        action: "void",
        reason: "Duplicate",
      });
      expect(fromLot4.status).toBe(403);
      expect(await errorOf(fromLot4)).toMatchObject({
        reason: "not_your_zone",
        params: { zone: "Lot 5" },
      });
      expect(
        (await postChange(lot5, permit.journalId, { action: "void", reason: "Duplicate" })).status,
      ).toBe(201);
    });
  });

  describe("what a change must say", () => {
    it.each([
      ["no reason", { action: "void" }, { reason: [{ code: "reason_required" }] }],
      [
        "a blank reason",
        { action: "void", reason: "   " },
        { reason: [{ code: "reason_required" }] },
      ],
      [
        "a reason too long",
        { action: "void", reason: "x".repeat(501) },
        { reason: [{ code: "reason_too_long" }] },
      ],
      [
        "a plate that cannot be one",
        { action: "update", changes: { plate: "AB#1" }, reason: "Typo" },
        { plate: [{ code: "plate_not_alphanumeric" }] },
      ],
      [
        "a time without its offset",
        { action: "update", changes: { validUntil: "2026-07-02T19:00" }, reason: "Later" },
        { validUntil: [{ code: "date_time_required" }] },
      ],
      [
        "a blank permit number",
        { action: "update", changes: { permitNo: " " }, reason: "No number" },
        { permitNo: [{ code: "permit_number_removed" }] },
      ],
      [
        "an end before the start",
        { action: "update", changes: { validUntil: "2026-07-02T08:00:00-04:00" }, reason: "x" },
        { validUntil: [{ code: "validity_end_before_start" }] },
      ],
      [
        "a zone the site does not have",
        { action: "update", changes: { zone: "Lot 9" }, reason: "x" },
        { zone: [{ code: "zone_not_at_site" }] },
      ],
    ])(
      "answers 422 with the field's error for %s, and sends nothing",
      async (_case, body, fieldErrors) => {
        const { app, issue } = await site();
        const permit = await issue(app);

        const response = await postChange(app, permit.journalId, body);

        expect(response.status).toBe(422);
        expect(await errorOf(response)).toMatchObject({ code: "validation", fieldErrors });
        expect(requestsTo("update")).toHaveLength(0);
        expect(requestsTo("delete")).toHaveLength(0);
      },
    );

    it.each([
      ["no change", { action: "update", changes: {}, reason: "x" }, "correction_empty"],
      [
        "an unknown field",
        { action: "update", changes: { amount: "1.00" }, reason: "x" },
        '"fields":"amount"',
      ],
      ["an unknown action", { action: "extend", reason: "x" }, "change_action_required"],
      [
        "the values it has already",
        { action: "update", changes: { plate: "pl8 rdr", zone: "Lot 4" }, reason: "x" },
        "change_no_effect",
      ],
    ])("answers 422 with a reason for %s", async (_case, body, reason) => {
      const { app, issue } = await site();
      const permit = await issue(app);

      const response = await postChange(app, permit.journalId, body);

      expect(response.status).toBe(422);
      const { reason: said, params } = await errorOf(response);
      expect(JSON.stringify({ said, params })).toContain(reason);
    });

    it("answers 400 without an Idempotency-Key or with a body that is not JSON, and 404 for a permit that does not exist", async () => {
      const { app, issue } = await site();
      const permit = await issue(app);
      const noKey = await app.request(`/api/permits/${permit.journalId}/changes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: "void", reason: "x" }),
      });
      expect(noKey.status).toBe(400);
      expect((await errorOf(noKey)).code).toBe("idempotency_key_required");
      const notJson = await app.request(`/api/permits/${permit.journalId}/changes`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
        body: "{",
      });
      expect(notJson.status).toBe(400);
      expect(
        (await postChange(app, "no-such-permit", { action: "void", reason: "x" })).status,
      ).toBe(404);
    });
  });

  describe("a correction, an extension and a void, in turn", () => {
    it("journals each as its own entry, leaves the permit's own facts as submitted, and shows the chain oldest first", async () => {
      const { member, issue, audit, time } = await site();
      const ana = await member({
        role: "validator",
        username: "ana",
        displayName: "Ana Smith",
        zones: ["Lot 4"],
      });
      const permit = await issue(ana);
      time.advance(1_000);

      const corrected = await postChange(ana, permit.journalId, {
        action: "update",
        changes: { plate: "pl8-rdb" },
        reason: "  Plate typed wrong  ",
      });
      expect(corrected.status).toBe(201);
      time.advance(1_000);
      const extended = await postChange(ana, permit.journalId, {
        action: "update",
        changes: { validUntil: "2026-07-02T20:00:00-04:00" },
        reason: "Staying for dinner",
      });
      expect(extended.status).toBe(201);
      time.advance(1_000);
      const voided = await postChange(ana, permit.journalId, {
        action: "void",
        reason: "Left early",
      });
      expect(voided.status).toBe(201);

      const record = permitRecordSchema.parse(await voided.json());
      expect(record).toMatchObject({
        plate: "PL8RDR",
        validUntil: "2026-07-02T21:00:00.000Z",
        state: "issued",
        referenceId: permit.referenceId,
        changeCount: 3,
        current: {
          plate: "PL8RDB",
          zone: "Lot 4",
          validFrom: "2026-07-02T13:00:00.000Z",
          validUntil: "2026-07-03T00:00:00.000Z",
          permitNo: "L4-1138",
          status: "voided",
          corrected: true,
          correctedAt: "2026-07-02T13:05:01.000Z",
          extendedAt: "2026-07-02T13:05:02.000Z",
          voidedAt: "2026-07-02T13:05:03.000Z",
          voidedBy: "ana",
          voidedByName: "Ana Smith",
        },
      });
      expect(record.changes).toEqual([
        expect.objectContaining({
          action: "update",
          actor: "ana",
          actorName: "Ana Smith",
          reason: "Plate typed wrong",
          fields: { plate: { before: "PL8RDR", after: "PL8RDB" } },
          state: "applied",
          sentBody: { referenceID: permit.referenceId, LicencePlate: "PL8RDB" },
          opscom: expect.objectContaining({ httpStatus: 200, rawAnswer: expect.any(String) }),
          reconciliations: [],
        }),
        expect.objectContaining({
          action: "update",
          fields: {
            validUntil: { before: "2026-07-02T21:00:00.000Z", after: "2026-07-03T00:00:00.000Z" },
          },
          state: "applied",
        }),
        expect.objectContaining({ action: "void", fields: {}, state: "applied" }),
      ]);
      expect(JSON.stringify(record)).not.toContain("test-token");
      expect(await recordOf(ana, permit.journalId)).toEqual(record);

      const held = simulator().simulator.state.permit(permit.referenceId);
      expect(held).toMatchObject({
        body: { LicencePlate: "PL8RDB", endTime: "2026-07-03T00:00:00" },
        updates: [
          { changes: { LicencePlate: "PL8RDB" } },
          { changes: { endTime: "2026-07-03T00:00:00" } },
        ],
        deletedAt: expect.any(String),
      });

      const events = await audit.list({ subject: { type: "permit", id: permit.journalId } });
      expect(events.map((event) => event.action)).toEqual([
        "permit.void",
        "permit.update",
        "permit.update",
        "permit.issue",
      ]);
      expect(events[2]).toMatchObject({
        actor: { label: "ana" },
        changes: { plate: { before: "PL8RDR", after: "PL8RDB" } },
        detail: {
          journalId: record.changes[0]?.id,
          outcome: "applied",
          reason: "Plate typed wrong",
        },
      });
    });

    it("sends a corrected plate and the permit number made with it in one Permit Update, and keeps both", async () => {
      const { app, issue } = await site();
      const permit = await issue(app, { plate: "GHK789", permitNo: "L4-20260702-GHK789" });

      const corrected = await postChange(app, permit.journalId, {
        action: "update",
        changes: { plate: "GHK798", permitNo: "L4-20260702-GHK798" },
        reason: "Plate typed wrong",
      });

      expect(corrected.status).toBe(201);
      expect(permitRecordSchema.parse(await corrected.json()).current).toMatchObject({
        plate: "GHK798",
        permitNo: "L4-20260702-GHK798",
      });
      const held = simulator().simulator.state.permit(permit.referenceId);
      expect(held?.updates.at(-1)?.changes).toEqual({
        LicencePlate: "GHK798",
        permitNo: "L4-20260702-GHK798",
      });
    });

    it("calls a later end alone an extension, not a correction, in the record and the history", async () => {
      const { app, issue, time } = await site();
      const permit = await issue(app);
      time.advance(1_000);
      const extended = await postChange(app, permit.journalId, {
        action: "update",
        changes: { validUntil: "2026-07-02T20:00:00-04:00" },
        reason: "Staying for dinner",
      });
      expect(extended.status).toBe(201);

      const current = permitRecordSchema.parse(await extended.json()).current;
      expect(current).toMatchObject({ corrected: false, extendedAt: expect.any(String) });
      expect(current.correctedAt).toBeUndefined();
      const [line] = permitPageSchema.parse(
        await (await app.request("/api/permits")).json(),
      ).permits;
      expect(line?.current).toEqual(current);
    });

    it("refuses with 409 a change of a voided permit, and sends nothing", async () => {
      const { app, issue } = await site();
      const permit = await issue(app);
      expect(
        (await postChange(app, permit.journalId, { action: "void", reason: "x" })).status,
      ).toBe(201);

      const again = await postChange(app, permit.journalId, {
        action: "update",
        changes: { plate: "NEW1" },
        reason: "x",
      });

      expect(again.status).toBe(409);
      expect(await errorOf(again)).toEqual({
        code: "conflict",
        reason: "permit_voided",
      });
      expect(requestsTo("update")).toHaveLength(0);
      expect(requestsTo("delete")).toHaveLength(1);
    });

    it("refuses with 409 a change of a permit OPSCOM never confirmed until a manager found it there, then changes the one found", async () => {
      const { app } = await site();
      simulator().simulator.setBehaviour({ mode: "html500", times: 1 });
      const response = await app.request("/api/permits", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
        body: JSON.stringify({ ...validDraft, plate: "LOST1" }),
      });
      const { journalId } = await errorOf(response);
      if (journalId === undefined) throw new Error("no journal id");
      const voidIt = { action: "void", reason: "Not needed" } as const;

      const unconfirmed = await postChange(app, journalId, voidIt);
      expect(unconfirmed.status).toBe(409);
      expect((await errorOf(unconfirmed)).reason).toBe("permit_unconfirmed");

      const [held] = simulator().simulator.state.permits();
      await app.request(`/api/permits/${journalId}/reconciliations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ finding: "exists", referenceId: held?.referenceId }),
      });
      expect((await postChange(app, journalId, voidIt)).status).toBe(201);
      expect(requestsTo("delete")[0]?.body).toMatchObject({ referenceID: held?.referenceId });
      // Nothing in OPSCOM to change: a refused permit is refused a change too.
      simulator().simulator.setBehaviour({ mode: "reject", errorCode: 9006, times: 1 });
      const refusedIssue = await app.request("/api/permits", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": crypto.randomUUID() },
        body: JSON.stringify({ ...validDraft, plate: "NOPE1" }),
      });
      expect(refusedIssue.status).toBe(422);
      const [refused] = permitPageSchema.parse(
        await (await app.request("/api/permits?plate=NOPE1")).json(),
      ).permits;
      const never = await postChange(app, refused?.id ?? "", voidIt);
      expect(never.status).toBe(409);
      expect((await errorOf(never)).reason).toBe("permit_not_issued");
    });

    it("maps 9009 and 9008 to clear refusals, journals them rejected and leaves the permit as it was", async () => {
      const { app, issue } = await site();
      const permit = await issue(app);
      simulator().simulator.setBehaviour({ mode: "reject", errorCode: 9009, times: 1 });

      const notFound = await postChange(app, permit.journalId, { action: "void", reason: "x" });
      expect(notFound.status).toBe(422);
      const notFoundError = await errorOf(notFound);
      expect(notFoundError).toMatchObject({
        code: "opscom_rejected",
        opscomErrorCode: 9009,
        reason: "change_refused_no_record",
      });

      simulator().simulator.setBehaviour({ mode: "reject", errorCode: 9008, times: 1 });
      const noReference = await postChange(app, permit.journalId, {
        action: "update",
        changes: { plate: "NEW1" },
        reason: "x",
      });
      expect(noReference.status).toBe(422);
      expect((await errorOf(noReference)).reason).toBe("change_refused_no_reference");

      const record = await recordOf(app, permit.journalId);
      expect(record.current).toMatchObject({ plate: "PL8RDR", status: "active", corrected: false });
      expect(record.changes.map((change) => [change.state, change.opscom.errorCode])).toEqual([
        ["rejected", 9009],
        ["rejected", 9008],
      ]);
      expect(record.changes[0]?.id).toBe(notFoundError.journalId);
    });

    it("refuses a void that OPSCOM cannot find any more, deleted there directly, as 9009", async () => {
      const { app, issue } = await site();
      const permit = await issue(app);
      await fetch(`${simulator().url}/api/OC-TOMA/v1/permits/delete`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ apiToken: TEST_TOKEN, referenceID: permit.referenceId }),
      });

      const response = await postChange(app, permit.journalId, { action: "void", reason: "x" });

      expect(response.status).toBe(422);
      expect(await errorOf(response)).toMatchObject({ opscomErrorCode: 9009 });
    });
  });

  describe("the Idempotency-Key of a change", () => {
    it("replays the first answer to the same key and body, sending once; another body under it is 422", async () => {
      const { app, issue } = await site();
      const permit = await issue(app);
      const key = { "Idempotency-Key": "change-key-000001" };
      const body = { action: "update", changes: { plate: "PL8RDB" }, reason: "Typo" } as const;

      const first = await postChange(app, permit.journalId, body, key);
      const again = await postChange(app, permit.journalId, body, key);
      const other = await postChange(app, permit.journalId, { ...body, reason: "Other" }, key);

      expect([first.status, again.status, other.status]).toEqual([201, 201, 422]);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(await again.json()).toEqual(await first.json());
      expect((await errorOf(other)).code).toBe("idempotency_key_reused");
      expect(requestsTo("update")).toHaveLength(1);
      expect((await recordOf(app, permit.journalId)).changes).toHaveLength(1);
    });

    it("answers 409 to the same key while the change is at OPSCOM, and 409 conflict to another change meanwhile", async () => {
      const { app, issue } = await site();
      const permit = await issue(app);
      simulator().simulator.setBehaviour({ mode: "slow", delayMs: 400, times: 1 });
      const key = { "Idempotency-Key": "change-key-000002" };
      const body = { action: "update", changes: { plate: "PL8RDB" }, reason: "Typo" } as const;

      const first = postChange(app, permit.journalId, body, key);
      await expect.poll(() => requestsTo("update").length).toBe(1);
      const sameKey = await postChange(app, permit.journalId, body, key);
      const otherChange = await postChange(app, permit.journalId, { action: "void", reason: "x" });

      expect(sameKey.status).toBe(409);
      expect((await errorOf(sameKey)).code).toBe("idempotency_in_progress");
      expect(otherChange.status).toBe(409);
      expect(await errorOf(otherChange)).toEqual({
        code: "conflict",
        reason: "change_in_flight",
      });
      expect((await first).status).toBe(201);
      expect(requestsTo("update")).toHaveLength(1);
      expect(requestsTo("delete")).toHaveLength(0);
    });

    it("scopes the key to the permit: the same key and body for another permit is another request", async () => {
      const { app, issue } = await site();
      const one = await issue(app);
      const two = await issue(app, { plate: "TWO2" });
      const key = { "Idempotency-Key": "change-key-000003" };

      expect(
        (await postChange(app, one.journalId, { action: "void", reason: "x" }, key)).status,
      ).toBe(201);
      const second = await postChange(app, two.journalId, { action: "void", reason: "x" }, key);

      expect(second.status).toBe(422);
      expect((await errorOf(second)).code).toBe("idempotency_key_reused");
    });
  });

  describe("the history and the plate checks after changes", () => {
    it("lists and exports each permit as it is now, and filters by its current plate, zone and validity", async () => {
      const { app, issue, time } = await site();
      const moved = await issue(app, { plate: "AB123" });
      time.advance(1_000);
      const voided = await issue(app, { plate: "CD456" });
      time.advance(1_000);
      await issue(app, { plate: "EF789" });
      await postChange(app, moved.journalId, {
        action: "update",
        changes: { plate: "XY123", zone: "Lot 5", validUntil: "2026-07-03T09:00:00-04:00" },
        reason: "Wrong car, wrong lot",
      });
      await postChange(app, voided.journalId, { action: "void", reason: "Duplicate" });

      const plates = async (query: string) =>
        permitPageSchema
          .parse(await (await app.request(`/api/permits${query}`)).json())
          .permits.map((permit) => permit.current.plate);
      expect(await plates("?plate=XY")).toEqual(["XY123"]);
      expect(await plates("?plate=AB")).toEqual([]);
      expect(await plates("?zone=Lot%205")).toEqual(["XY123"]);
      expect(await plates("?voided=true")).toEqual(["CD456"]);
      expect(await plates("?changed=true")).toEqual(["XY123"]);
      expect(await plates("?changed=true&voided=true")).toEqual([]);
      expect((await app.request("/api/permits?voided=yes")).status).toBe(400);
      expect(await plates(`?validFrom=${encodeURIComponent("2026-07-03T08:00:00-04:00")}`)).toEqual(
        ["XY123"],
      );

      const page = permitPageSchema.parse(await (await app.request("/api/permits")).json());
      expect(
        page.permits.map((permit) => [
          permit.plate,
          permit.current.status,
          permit.current.corrected,
          permit.changeCount,
        ]),
      ).toEqual([
        ["EF789", "active", false, 0],
        ["CD456", "voided", false, 1],
        ["AB123", "active", true, 1],
      ]);

      const csv = await (await app.request("/api/permits/export.csv")).text();
      const rows: string[][] = parse(csv.replace(/^\uFEFF/, ""));
      const header = rows[0] ?? [];
      const column = (name: string) => rows.slice(1).map((row) => row[header.indexOf(name)]);
      expect(column("plate")).toEqual(["EF789", "CD456", "AB123"]);
      expect(column("status")).toEqual(["active", "voided", "active"]);
      expect(column("current_plate")).toEqual(["EF789", "CD456", "XY123"]);
      expect(column("current_zone")).toEqual(["Lot 4", "Lot 4", "Lot 5"]);
      expect(column("current_valid_until")).toEqual([
        "2026-07-02T17:00:00-04:00",
        "2026-07-02T17:00:00-04:00",
        "2026-07-03T09:00:00-04:00",
      ]);
      expect(column("corrected")).toEqual(["no", "no", "yes"]);
      expect(column("change_count")).toEqual(["0", "1", "1"]);
    });

    it("finds a corrected permit under its new plate only, and a voided one no more", async () => {
      const { app, issue } = await site();
      const corrected = await issue(app, { plate: "AB123" });
      const voided = await issue(app, { plate: "CD456" });
      await postChange(app, corrected.journalId, {
        action: "update",
        changes: { plate: "AB128" },
        reason: "Typo",
      });
      await postChange(app, voided.journalId, { action: "void", reason: "Duplicate" });

      const active = async (plate: string) =>
        activePermitsSchema
          .parse(await (await app.request(`/api/plates/${plate}/active`)).json())
          .permits.map((permit) => permit.id);
      const checks = async (plate: string) =>
        plateChecksSchema.parse(
          await (await app.request(`/api/plates/${plate}/checks?zone=Lot%204`)).json(),
        );

      expect(await active("AB123")).toEqual([]);
      expect(await active("AB128")).toEqual([corrected.journalId]);
      expect(await active("CD456")).toEqual([]);
      expect((await checks("AB128")).activeInZone).toHaveLength(1);
      expect((await checks("CD456")).activeInZone).toHaveLength(0);
      // The similar-plate warning knows the corrected plate, and forgets the voided one.
      expect((await checks("AB12B")).similar.map((found) => found.plate)).toEqual(["AB128"]);
      expect((await checks("CD4S6")).similar).toEqual([]);
    });

    it("keeps listing a permit whose change OPSCOM did not confirm, under its old plate and its new one", async () => {
      const { app, issue } = await site({ env: { OPSCOM_TIMEOUT_MS: "300" } });
      const permit = await issue(app, { plate: "AB123" });
      simulator().simulator.setBehaviour({ mode: "reset", times: 1 });

      const lost = await postChange(app, permit.journalId, {
        action: "update",
        changes: { plate: "AB999" },
        reason: "Typo",
      });
      expect(lost.status).toBe(502);

      const active = async (plate: string) =>
        activePermitsSchema
          .parse(await (await app.request(`/api/plates/${plate}/active`)).json())
          .permits.map((found) => [found.id, found.status]);
      expect(await active("AB123")).toEqual([[permit.journalId, "unconfirmed"]]);
      expect(await active("AB999")).toEqual([[permit.journalId, "unconfirmed"]]);
    });
  });

  describe("within the site's validity bounds", () => {
    const bounded = {
      VALIDITY_MAX_PAST_HOURS: "24",
      SESSION_IDLE_MINUTES: "1440",
      SESSION_MAX_HOURS: "168",
    };

    it("extends a permit that began two days ago up to 30 days from its start, and no further, sending only what passes", async () => {
      const { app, issue, time } = await site({ env: bounded });
      const permit = await issue(app);
      for (const _day of [1, 2]) {
        time.advance(23 * 60 * MINUTE_MS);
        await recordOf(app, permit.journalId);
      }
      const extend = (validUntil: string) =>
        postChange(app, permit.journalId, {
          action: "update",
          changes: { validUntil },
          reason: "Staying on",
        });

      const tooLong = await extend("9999-12-31T23:59:59Z");
      const longest = await extend("2026-08-01T09:00:00-04:00");

      expect(tooLong.status).toBe(422);
      expect((await errorOf(tooLong)).fieldErrors).toEqual({
        validUntil: [{ code: "validity_too_long", params: { days: 30 } }],
      });
      expect(longest.status).toBe(201);
      expect(requestsTo("update")).toHaveLength(1);
    });

    it("refuses a start corrected to year 0 or to year 9999, beside the start", async () => {
      const { app, issue } = await site({ env: bounded });
      const permit = await issue(app);
      const correct = (validFrom: string, validUntil?: string) =>
        postChange(app, permit.journalId, {
          action: "update",
          changes: { validFrom, ...(validUntil !== undefined && { validUntil }) },
          reason: "Typo",
        });

      const past = await correct("0000-01-01T00:00:00Z");
      const future = await correct("9999-12-01T00:00:00Z", "9999-12-02T00:00:00Z");

      expect([past.status, future.status]).toEqual([422, 422]);
      expect((await errorOf(past)).fieldErrors?.validFrom).toEqual([
        { code: "validity_start_too_early", params: { hours: 24 } },
      ]);
      expect((await errorOf(future)).fieldErrors?.validFrom).toEqual([
        { code: "validity_start_too_late", params: { days: 365 } },
      ]);
      expect(requestsTo("update")).toHaveLength(0);
    });
  });
});
