import { outcomeDetail } from "@permit-desk/schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { INTERRUPTED_DETAIL } from "../ownership/ownership.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { recoverAsAnotherServer, STOPPED_SERVER } from "../testing/stopped-server.ts";
import { createJournal } from "./journal.ts";
import type { JournalEntry } from "./journal-entry.ts";
import {
  InvalidCursorError,
  JournalEntryNotFoundError,
  JournalStateError,
} from "./journal-errors.ts";
import { RAW_ANSWER_MAX_LENGTH } from "./outcome-columns.ts";
import {
  issued,
  notSent,
  pendingEntry,
  rejected,
  type TestJournal,
  testJournal,
  testZoneId,
  timedOut,
} from "./test-entries.ts";

const plates = (entries: JournalEntry[]) => entries.map((entry) => entry.plate);

async function collect(entries: AsyncIterable<JournalEntry>): Promise<JournalEntry[]> {
  const all: JournalEntry[] = [];
  for await (const entry of entries) all.push(entry);
  return all;
}

describe.each(testDialects())("the journal on %s", (dialect) => {
  let database: TestDatabase;
  let time: ReturnType<typeof manualClock>;
  let journal: TestJournal;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    time = manualClock();
    journal = testJournal(database.db, { clock: time.clock, owner: STOPPED_SERVER });
  });

  afterEach(async () => {
    await database.drop();
  });

  async function submit(plate: string, overrides: Parameters<typeof pendingEntry>[0] = {}) {
    const entry = await journal.insertPending(pendingEntry({ plate, ...overrides }));
    time.advance(1_000);
    return entry;
  }

  describe("writing a submission", () => {
    it("commits a pending entry before insertPending resolves: another connection sees it", async () => {
      const entry = await journal.insertPending(pendingEntry());
      const elsewhere = createJournal(database.connectAgain().db, { clock: time.clock });
      const seen = await elsewhere.get(entry.id);
      expect(seen?.state).toBe("pending");
      expect(seen?.id).toBe(entry.id);
    });

    it("keeps the draft, the body as sent and the facts staff search by", async () => {
      const pending = pendingEntry({
        plate: "ab-12 cd",
        amount: "14.5",
        permitNo: "L4-1138",
        actor: "10.0.0.7",
        idempotencyKey: "4f1c7f3e-0f0e-4d49-9a8e-1f6a3c2f9b10",
      });
      const { id } = await journal.insertPending(pending);
      const entry = await journal.get(id);
      expect(entry).toMatchObject({
        id,
        createdAt: new Date("2026-03-02T14:00:00.000Z"),
        actor: "10.0.0.7",
        plate: "AB12CD",
        zone: "Lot 4",
        validFrom: new Date("2026-03-02T14:00:00.000Z"),
        validUntil: new Date("2026-03-02T22:00:00.000Z"),
        amount: "14.50",
        currency: "CAD",
        permitNo: "L4-1138",
        state: "pending",
        idempotencyKey: "4f1c7f3e-0f0e-4d49-9a8e-1f6a3c2f9b10",
        reconciliations: [],
      });
      expect(entry?.draft).toEqual(JSON.parse(JSON.stringify(pending.draft)));
      expect(entry?.sentBody).toEqual(pending.sentBody);
      expect(JSON.stringify(entry?.sentBody)).not.toContain("not-stored");
    });

    it("answers undefined for an id it never wrote", async () => {
      expect(await journal.get("00000000-0000-4000-8000-000000000000")).toBeUndefined();
    });
  });

  describe("recording OPSCOM's outcome", () => {
    it("stores an issued permit with its reference and OPSCOM's raw answer", async () => {
      const { id } = await submit("PL8RDR");
      expect(await journal.recordOutcome(id, issued("1a9b5375"))).toBe(true);
      expect(await journal.get(id)).toMatchObject({
        state: "issued",
        referenceId: "1a9b5375",
        opscomHttpStatus: 200,
        opscomRawAnswer: '{"status":"success","reference_id":"1a9b5375"}',
        opscomMs: 180,
        completedAt: new Date("2026-03-02T14:00:01.000Z"),
      });
    });

    it("stores a rejection with OPSCOM's error code and message", async () => {
      const { id } = await submit("PL8RDR");
      await journal.recordOutcome(id, rejected);
      const entry = await journal.get(id);
      expect(entry).toMatchObject({
        state: "rejected",
        opscomErrorCode: 9006,
        outcomeDetail: outcomeDetail("opscom_message", { text: "Licence plate is required." }),
        opscomHttpStatus: 400,
      });
      expect(entry?.referenceId).toBeUndefined();
    });

    it("stores an unconfirmed outcome with the reason no answer came", async () => {
      const { id } = await submit("PL8RDR");
      await journal.recordOutcome(id, timedOut);
      expect(await journal.get(id)).toMatchObject({
        state: "unknown",
        outcomeReason: "timeout",
        outcomeDetail: outcomeDetail("no_answer_in_time", { timeoutMs: 10_000 }),
        opscomMs: 10_000,
      });
    });

    it("keeps a request that never left apart from a rejection, as not_sent", async () => {
      const { id } = await submit("PL8RDR");
      await journal.recordOutcome(id, notSent);
      expect(await journal.get(id)).toMatchObject({
        state: "not_sent",
        outcomeDetail: outcomeDetail("connection_not_made", { error: "ECONNREFUSED", attempts: 3 }),
        opscomMs: 420,
      });
    });

    it("keeps a garbled answer readable: NUL characters replaced, a huge page cut short", async () => {
      const garbled = await submit("PL8RDR");
      const huge = await submit("PL8RDR");
      await journal.recordOutcome(garbled.id, {
        ...timedOut,
        rawAnswer: "<h1>\u0000oops</h1>",
        detail: outcomeDetail("connection_error", { text: "x\u0000y" }),
      });
      await journal.recordOutcome(huge.id, {
        ...timedOut,
        rawAnswer: "a".repeat(RAW_ANSWER_MAX_LENGTH + 10),
      });

      expect(await journal.get(garbled.id)).toMatchObject({
        opscomRawAnswer: "<h1>\uFFFDoops</h1>",
        outcomeDetail: outcomeDetail("connection_error", { text: "x\uFFFDy" }),
      });
      const kept = (await journal.get(huge.id))?.opscomRawAnswer ?? "";
      expect(kept.startsWith("a".repeat(RAW_ANSWER_MAX_LENGTH))).toBe(true);
      expect(kept.endsWith("[… 10 more characters not kept]")).toBe(true);
    });

    it("shows a detail journalled as text, before details were codes, as recorded", async () => {
      const { id } = await submit("PL8RDR");
      await journal.recordOutcome(id, timedOut);
      await database.db
        .updateTable("journal_entries")
        .set({ outcome_detail: "no answer within 10000 ms", outcome_detail_json: null })
        .where("id", "=", id)
        .execute();
      expect((await journal.get(id))?.outcomeDetail).toEqual(
        outcomeDetail("recorded_text", { text: "no answer within 10000 ms" }),
      );
    });

    it("reads the text a server of the previous version recorded over this one's code", async () => {
      const { id } = await submit("LATE2");
      await recoverAsAnotherServer(database, time.clock);
      // The previous version's late answer, as it records one: the text column alone.
      await database.db
        .updateTable("journal_entries")
        .set({ outcome_reason: "timeout", outcome_detail: "no answer within 10000 ms" })
        .where("id", "=", id)
        .execute();
      expect((await journal.get(id))?.outcomeDetail).toEqual(
        outcomeDetail("recorded_text", { text: "no answer within 10000 ms" }),
      );
    });

    it("leaves an entry that is no longer pending as it was", async () => {
      const { id } = await submit("PL8RDR");
      await journal.recordOutcome(id, issued("first"));
      const before = await journal.get(id);
      expect(await journal.recordOutcome(id, rejected)).toBe(false);
      expect(await journal.get(id)).toEqual(before);
    });

    it("takes OPSCOM's late answer over an entry recovered as interrupted meanwhile", async () => {
      const { id } = await submit("LATE1");
      await recoverAsAnotherServer(database, time.clock);
      expect(await journal.recordOutcome(id, issued("ref-late"))).toBe(true);
      expect(await journal.get(id)).toMatchObject({ state: "issued", referenceId: "ref-late" });
    });

    it("throws for an entry that does not exist", async () => {
      await expect(
        journal.recordOutcome("00000000-0000-4000-8000-000000000000", issued("x")),
      ).rejects.toBeInstanceOf(JournalEntryNotFoundError);
    });
  });

  describe("recovering after its server stopped", () => {
    it("turns every pending entry into unknown and leaves the others alone", async () => {
      const done = await submit("DONE1");
      await journal.recordOutcome(done.id, issued("ref-done"));
      const first = await submit("LOST1");
      const second = await submit("LOST2");
      const before = await journal.get(done.id);

      expect(await recoverAsAnotherServer(database, time.clock)).toBe(2);

      for (const { id } of [first, second]) {
        expect(await journal.get(id)).toMatchObject({
          state: "unknown",
          outcomeReason: "interrupted",
          outcomeDetail: INTERRUPTED_DETAIL,
        });
      }
      expect(await journal.get(done.id)).toEqual(before);
      expect(await recoverAsAnotherServer(database, time.clock)).toBe(0);
    });
  });

  describe("listing", () => {
    it("lists newest first and finds plates by prefix, whatever the spacing and case", async () => {
      for (const plate of ["AA999", "AB", "AB123", "ABZZZ", "AC100", "B12", "AZ9"])
        await submit(plate);

      const page = await journal.list({ platePrefix: "a-b", limit: 50 });
      expect(plates(page.entries)).toEqual(["ABZZZ", "AB123", "AB"]);
      expect(page.nextCursor).toBeUndefined();
      expect(plates((await journal.list({ platePrefix: "az", limit: 50 })).entries)).toEqual([
        "AZ9",
      ]);
      expect(plates((await journal.list({ platePrefix: "ab1", limit: 50 })).entries)).toEqual([
        "AB123",
      ]);
      expect((await journal.list({ platePrefix: " ", limit: 50 })).entries).toHaveLength(7);
    });

    it("filters by zone, state and actor", async () => {
      const lot4 = await submit("ZONE4", { zone: "Lot 4", actor: "10.0.0.1" });
      await submit("ZONE5", { zone: "Lot 5", actor: "10.0.0.2" });
      const unknown = await submit("LOST", { zone: "Lot 5", actor: "10.0.0.1" });
      await journal.recordOutcome(lot4.id, issued("ref-4"));
      await journal.recordOutcome(unknown.id, timedOut);

      const list = async (filter: Parameters<TestJournal["list"]>[0]) =>
        plates((await journal.list(filter)).entries);
      expect(await list({ zoneId: testZoneId("Lot 5"), limit: 50 })).toEqual(["LOST", "ZONE5"]);
      expect(await list({ state: "issued", limit: 50 })).toEqual(["ZONE4"]);
      expect(await list({ state: ["issued", "unknown"], limit: 50 })).toEqual(["LOST", "ZONE4"]);
      expect(await list({ state: [], limit: 50 })).toEqual([]);
      expect(await list({ actor: "10.0.0.1", limit: 50 })).toEqual(["LOST", "ZONE4"]);
      expect(await list({ actor: "10.0.0.1", zoneId: testZoneId("Lot 5"), limit: 50 })).toEqual([
        "LOST",
      ]);
    });

    it("filters by overlap with a validity range, ends exclusive", async () => {
      const day = (from: string, until: string) => ({ validFrom: from, validUntil: until });
      await submit("MORNING", day("2026-03-02T08:00:00Z", "2026-03-02T12:00:00Z"));
      await submit("AFTERNOON", day("2026-03-02T12:00:00Z", "2026-03-02T18:00:00Z"));
      await submit("WEEK", day("2026-03-01T00:00:00Z", "2026-03-08T00:00:00Z"));
      await submit("LATER", day("2026-03-03T08:00:00Z", "2026-03-03T12:00:00Z"));

      const overlapping = async (from: string, to: string) =>
        plates(
          (await journal.list({ validFrom: new Date(from), validTo: new Date(to), limit: 50 }))
            .entries,
        );
      expect(await overlapping("2026-03-02T11:00:00Z", "2026-03-02T12:00:00Z")).toEqual([
        "WEEK",
        "MORNING",
      ]);
      expect(await overlapping("2026-03-02T12:00:00Z", "2026-03-02T13:00:00Z")).toEqual([
        "WEEK",
        "AFTERNOON",
      ]);
      expect(await overlapping("2026-03-03T00:00:00Z", "2026-03-04T00:00:00Z")).toEqual([
        "LATER",
        "WEEK",
      ]);
      const since = await journal.list({ validFrom: new Date("2026-03-02T18:00:00Z"), limit: 50 });
      expect(plates(since.entries)).toEqual(["LATER", "WEEK"]);
    });

    it("tells reconciled unknown entries from those still waiting for staff", async () => {
      const waiting = await submit("WAITING");
      const checked = await submit("CHECKED");
      await journal.recordOutcome(waiting.id, timedOut);
      await journal.recordOutcome(checked.id, timedOut);
      await journal.reconcile(checked.id, { by: "ana", finding: "absent" });

      const unreconciled = await journal.list({ state: "unknown", reconciled: false, limit: 50 });
      expect(plates(unreconciled.entries)).toEqual(["WAITING"]);
      const reconciled = await journal.list({ reconciled: true, limit: 50 });
      expect(plates(reconciled.entries)).toEqual(["CHECKED"]);
      expect(reconciled.entries[0]?.reconciliations).toMatchObject([
        { reconciledBy: "ana", finding: "absent" },
      ]);
    });

    it("pages with a cursor that visits every entry once, even as new entries arrive", async () => {
      const written: string[] = [];
      for (let index = 0; index < 23; index++) {
        written.push((await journal.insertPending(pendingEntry({ plate: `P${index}` }))).id);
        if (index % 3 === 0) time.advance(1);
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await journal.list({ limit: 5, ...(cursor !== undefined && { cursor }) });
        seen.push(...page.entries.map((entry) => entry.id));
        cursor = page.nextCursor;
        await submit(`NEW${seen.length}`);
      } while (cursor !== undefined);

      expect(seen).toHaveLength(23);
      expect(new Set(seen)).toEqual(new Set(written));
      const newestFirst = (await collect(journal.iterate({ platePrefix: "P" }))).map(
        (entry) => entry.id,
      );
      expect(seen).toEqual(newestFirst);
    });

    it("refuses a cursor it never handed out, and a page size out of range", async () => {
      await expect(journal.list({ limit: 10, cursor: "not-a-cursor" })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      const forged = Buffer.from(JSON.stringify(["x", 1])).toString("base64url");
      await expect(journal.list({ limit: 10, cursor: forged })).rejects.toBeInstanceOf(
        InvalidCursorError,
      );
      await expect(journal.list({ limit: 0 })).rejects.toBeInstanceOf(RangeError);
      await expect(journal.list({ limit: 501 })).rejects.toBeInstanceOf(RangeError);
    });

    it("iterates over every entry a filter covers, a page at a time", async () => {
      for (let index = 0; index < 12; index++) {
        await submit(`IT${index}`, { zone: index % 2 === 0 ? "Lot 4" : "Lot 5" });
      }
      const lot4 = await collect(journal.iterate({ zoneId: testZoneId("Lot 4") }, 5));
      expect(plates(lot4)).toEqual(["IT10", "IT8", "IT6", "IT4", "IT2", "IT0"]);
      expect(await collect(journal.iterate({ zoneId: testZoneId("Lot 9") }, 5))).toEqual([]);
    });
  });

  describe("active permits for a plate", () => {
    const at = new Date("2026-03-02T16:00:00Z");
    const covering = { validFrom: "2026-03-02T15:00:00Z", validUntil: "2026-03-02T17:00:00Z" };

    it("finds issued permits valid at the instant, from their first moment to just before their end", async () => {
      const current = await submit("PL8RDR", covering);
      const startsNow = await submit("pl8 rdr", {
        validFrom: at.toISOString(),
        validUntil: "2026-03-02T18:00:00Z",
      });
      const endsNow = await submit("PL8RDR", {
        validFrom: "2026-03-02T10:00:00Z",
        validUntil: at.toISOString(),
      });
      const refused = await submit("PL8RDR", covering);
      const otherPlate = await submit("PL8RDS", covering);
      await journal.recordOutcome(current.id, issued("ref-current"));
      await journal.recordOutcome(startsNow.id, issued("ref-starts-now"));
      await journal.recordOutcome(endsNow.id, issued("ref-ends-now"));
      await journal.recordOutcome(refused.id, rejected);
      await journal.recordOutcome(otherPlate.id, issued("ref-other"));
      const beingSent = await submit("PL8RDR", covering);

      const active = await journal.activeForPlate("pl8-rdr", at);
      expect(active.map(({ entry }) => entry.referenceId ?? entry.id)).toEqual([
        beingSent.id,
        "ref-starts-now",
        "ref-current",
      ]);
    });

    it("counts an unconfirmed permit unless staff found it absent, by the latest finding", async () => {
      const found = await submit("PL8RDR", covering);
      const foundThenNot = await submit("PL8RDR", covering);
      const unchecked = await submit("PL8RDR", covering);
      for (const { id } of [found, foundThenNot, unchecked])
        await journal.recordOutcome(id, timedOut);
      await journal.reconcile(found.id, { by: "ana", finding: "exists", referenceId: "ref-found" });
      await journal.reconcile(foundThenNot.id, {
        by: "ana",
        finding: "exists",
        referenceId: "ref-wrong",
      });
      time.advance(60_000);
      await journal.reconcile(foundThenNot.id, { by: "bo", finding: "absent", note: "wrong lot" });

      const active = await journal.activeForPlate("PL8RDR", at);
      expect(active.map(({ entry }) => entry.id)).toEqual([unchecked.id, found.id]);
      expect(active[1]?.entry.reconciliations).toMatchObject([
        { finding: "exists", referenceId: "ref-found" },
      ]);
    });
  });

  describe("reconciling", () => {
    it("adds staff's finding and leaves the entry's own facts untouched", async () => {
      const { id } = await submit("PL8RDR");
      await journal.recordOutcome(id, timedOut);
      const before = await journal.get(id);
      time.set("2026-03-03T09:30:00.000Z");

      const finding = await journal.reconcile(id, {
        by: "ana",
        finding: "exists",
        referenceId: "1a9b5375",
        note: "found in OPSCOM at 09:28",
      });

      expect(finding).toMatchObject({
        reconciledAt: new Date("2026-03-03T09:30:00.000Z"),
        reconciledBy: "ana",
        finding: "exists",
        referenceId: "1a9b5375",
        note: "found in OPSCOM at 09:28",
      });
      const after = await journal.get(id);
      expect(after).toEqual({ ...before, reconciliations: [finding] });
      expect(after?.referenceId).toBeUndefined();
      expect(after?.state).toBe("unknown");
    });

    it("keeps every finding, oldest first", async () => {
      const { id } = await submit("PL8RDR");
      await journal.recordOutcome(id, timedOut);
      await journal.reconcile(id, { by: "ana", finding: "absent" });
      time.advance(1_000);
      await journal.reconcile(id, { by: "bo", finding: "exists", referenceId: "late-ref" });
      const entry = await journal.get(id);
      expect(entry?.reconciliations.map((finding) => finding.reconciledBy)).toEqual(["ana", "bo"]);
    });

    it("refuses entries whose outcome is known, and entries that do not exist", async () => {
      const pending = await submit("PENDING");
      const done = await submit("DONE");
      await journal.recordOutcome(done.id, issued("ref"));
      for (const id of [pending.id, done.id]) {
        await expect(
          journal.reconcile(id, { by: "ana", finding: "absent" }),
        ).rejects.toBeInstanceOf(JournalStateError);
      }
      await expect(
        journal.reconcile("00000000-0000-4000-8000-000000000000", { by: "ana", finding: "absent" }),
      ).rejects.toBeInstanceOf(JournalEntryNotFoundError);
    });
  });
});
