import { outcomeDetail } from "@permit-desk/schema";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commitsFor } from "../db/group-commit.ts";
import { createTestDatabase, type TestDatabase, testDialects } from "../db/test-databases.ts";
import { fingerprintOf } from "../idempotency/fingerprint.ts";
import type { ChangeOutcome } from "../opscom/outcome.ts";
import { manualClock } from "../testing/manual-clock.ts";
import { recoverAsAnotherServer, STOPPED_SERVER } from "../testing/stopped-server.ts";
import type { ChangeEntry } from "./change-entry.ts";
import { createJournal } from "./journal.ts";
import type { JournalEntry, PermitFacts } from "./journal-entry.ts";
import { deriveProjection, permitStatusOf } from "./permit-projection.ts";
import { issued, pendingEntry, timedOut } from "./test-entries.ts";
import { createPermitChanges, createSubmissions } from "./write-stores.ts";

const submitted: PermitFacts = {
  plate: "PL8RDR",
  zone: "Lot 4",
  zoneId: "zone-lot-4",
  validFrom: new Date("2026-03-02T14:00:00Z"),
  validUntil: new Date("2026-03-02T22:00:00Z"),
  permitNo: "L4-1138",
};

function change(overrides: Partial<ChangeEntry> & Pick<ChangeEntry, "id" | "state">): ChangeEntry {
  return {
    permitId: "permit-1",
    sequence: 0,
    createdAt: new Date("2026-03-02T14:05:00Z"),
    completedAt: new Date("2026-03-02T14:05:01Z"),
    actor: "ana",
    action: "update",
    reason: "Typo",
    fields: {},
    sentBody: {},
    after: { ...submitted, plate: "PL8RDB" },
    reconciliations: [],
    ...overrides,
  };
}

describe("deriveProjection", () => {
  it("applies confirmed updates in turn and marks the permit voided by a confirmed void", () => {
    const projection = deriveProjection(submitted, [
      change({ id: "c1", state: "applied" }),
      change({ id: "c2", state: "rejected", after: { ...submitted, plate: "WRONG1" } }),
      change({ id: "c3", state: "applied", action: "void", completedAt: new Date(1_000) }),
    ]);
    expect(projection).toEqual({
      current: { ...submitted, plate: "PL8RDB" },
      correctedAt: new Date("2026-03-02T14:05:01Z"),
      voidedAt: new Date(1_000),
      changeCount: 3,
    });
  });

  it("leaves the facts as they were while a change is unsettled, and lets staff's latest finding decide an unknown one", () => {
    const unknown = change({ id: "c1", state: "unknown" });
    expect(deriveProjection(submitted, [unknown])).toEqual({
      current: submitted,
      changeCount: 1,
      unsettledChangeId: "c1",
    });
    const finding = (value: "applied" | "not_applied", at: number) => ({
      id: `f${at}`,
      reconciledAt: new Date(at),
      reconciledBy: "mia",
      finding: value,
    });
    const foundApplied = { ...unknown, reconciliations: [finding("applied", 5)] };
    expect(deriveProjection(submitted, [foundApplied])).toMatchObject({
      current: { plate: "PL8RDB" },
      correctedAt: new Date(5),
    });
    const thenNot = {
      ...unknown,
      reconciliations: [finding("applied", 5), finding("not_applied", 9)],
    };
    expect(deriveProjection(submitted, [thenNot])).toEqual({ current: submitted, changeCount: 1 });
  });
});

describe("OPSCOM's answer after staff's finding", () => {
  const finding = (value: "applied" | "not_applied") => ({
    id: "f1",
    reconciledAt: new Date(5),
    reconciledBy: "mia",
    finding: value,
  });

  it("applies a correction OPSCOM confirmed late, though staff had found it not done", () => {
    const late = change({
      id: "c1",
      state: "applied",
      completedAt: new Date(9),
      reconciliations: [finding("not_applied")],
    });
    expect(deriveProjection(submitted, [late])).toEqual({
      current: { ...submitted, plate: "PL8RDB" },
      correctedAt: new Date(9),
      changeCount: 1,
    });
  });

  it("leaves the permit as it was when OPSCOM refused a void late, though staff had found it done", () => {
    const late = change({
      id: "c1",
      action: "void",
      state: "rejected",
      reconciliations: [finding("applied")],
    });
    expect(deriveProjection(submitted, [late])).toEqual({ current: submitted, changeCount: 1 });
  });

  it("counts a permit OPSCOM issued late as active, and one it refused late as not issued, whatever staff found", () => {
    const absent = {
      id: "r",
      reconciledAt: new Date(1),
      reconciledBy: "mia",
      finding: "absent",
    } as const;
    expect(
      permitStatusOf({ state: "issued", referenceId: "ref-1", reconciliations: [absent] }),
    ).toBe("active");
    const exists = { ...absent, finding: "exists", referenceId: "ref-found" } as const;
    expect(permitStatusOf({ state: "rejected", reconciliations: [exists] })).toBe("not_issued");
  });
});

describe("permitStatusOf", () => {
  type StatusFacts = Parameters<typeof permitStatusOf>[0];
  const entry = (overrides: Partial<JournalEntry>): StatusFacts => ({
    state: "issued",
    referenceId: "ref-1",
    reconciliations: [],
    ...overrides,
  });

  it.each([
    ["active", entry({})],
    ["voided", entry({ voidedAt: new Date(1) })],
    ["unconfirmed", entry({ unsettledChangeId: "c1" })],
    ["unconfirmed", entry({ state: "pending", referenceId: undefined })],
    ["unconfirmed", entry({ state: "unknown", referenceId: undefined })],
    ["not_issued", entry({ state: "rejected", referenceId: undefined })],
    ["not_issued", entry({ state: "not_sent", referenceId: undefined })],
    [
      "not_issued",
      entry({
        state: "unknown",
        referenceId: undefined,
        reconciliations: [
          { id: "r", reconciledAt: new Date(1), reconciledBy: "mia", finding: "absent" },
        ],
      }),
    ],
    [
      "active",
      entry({
        state: "unknown",
        referenceId: undefined,
        reconciliations: [
          {
            id: "r",
            reconciledAt: new Date(1),
            reconciledBy: "mia",
            finding: "exists",
            referenceId: "x",
          },
        ],
      }),
    ],
  ])("is %s for %o", (status, facts) => {
    expect(permitStatusOf(facts)).toBe(status);
  });
});

function submittedOf(entry: JournalEntry): PermitFacts {
  const { plate, zone, zoneId, validFrom, validUntil, permitNo } = entry;
  return {
    plate,
    zone,
    zoneId,
    validFrom,
    validUntil,
    ...(permitNo !== undefined && { permitNo }),
  };
}

type Step =
  | { kind: "update"; plate: string; hours: number; outcome: ChangeOutcome["kind"] }
  | { kind: "void"; outcome: ChangeOutcome["kind"] }
  | { kind: "find"; finding: "applied" | "not_applied" }
  | { kind: "recover" };

const outcomeKind = fc.constantFrom<ChangeOutcome["kind"]>(
  "applied",
  "rejected",
  "unknown",
  "not_sent",
  "unknown",
);
const steps: fc.Arbitrary<Step[]> = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant("update" as const),
        plate: fc.constantFrom("AB123", "AB128", "CD456"),
        hours: fc.integer({ min: 1, max: 48 }),
        outcome: outcomeKind,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("void" as const), outcome: outcomeKind }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("find" as const),
        finding: fc.constantFrom("applied" as const, "not_applied" as const),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("recover" as const) }) },
  ),
  { maxLength: 8 },
);

function outcomeOf(kind: ChangeOutcome["kind"]): ChangeOutcome {
  switch (kind) {
    case "applied":
      return { kind, httpStatus: 200, rawAnswer: '{"status":"success"}', durationMs: 20 };
    case "rejected":
      return {
        kind,
        errorCode: 9009,
        errorMessage: "No record.",
        httpStatus: 200,
        rawAnswer: "{}",
        durationMs: 20,
      };
    case "unknown":
      return timedOut;
    case "not_sent":
      return {
        kind,
        detail: outcomeDetail("connection_not_made", { error: "ECONNREFUSED", attempts: 3 }),
        attempts: 3,
        durationMs: 5,
      };
  }
}

describe.each(testDialects())("the projection kept on a permit's entry, on %s", (dialect) => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
  });

  afterEach(async () => {
    await database.drop();
  });

  it("always equals what its entries derive, whatever changes are asked for and however they end", async () => {
    const time = manualClock();
    const { clock } = time;
    const journal = createJournal(database.db, { clock });
    const writes = {
      owner: STOPPED_SERVER,
      dialect: database.dialect,
      commit: commitsFor(database.db, database.dialect),
    };
    const submissions = createSubmissions(database.db, { clock, ...writes });
    const changes = createPermitChanges(database.db, { clock, ...writes });
    let run = 0;

    await fc.assert(
      fc.asyncProperty(steps, async (plan) => {
        run += 1;
        const claim = (key: string) => ({
          scope: "ana",
          key: `${run}-${key}`,
          fingerprint: fingerprintOf(key),
        });
        const opened = await submissions.open(
          claim("issue"),
          pendingEntry({ actor: "ana", plate: "PL8RDR" }),
        );
        if (opened.kind !== "claimed") throw new Error(opened.kind);
        const permitId = opened.value.id;
        await submissions.settle({
          entryId: permitId,
          outcome: issued(`ref-${run}`),
          key: claim("issue"),
          answer: { status: 201, body: {} },
          audit: { actor: { userId: null, label: "ana" }, action: "permit.issue" },
        });

        for (const [index, step] of plan.entries()) {
          time.advance(1_000);
          const entry = await journal.get(permitId);
          if (entry === undefined) throw new Error("no entry");
          if (step.kind === "recover") {
            await recoverAsAnotherServer(database, clock);
          } else if (step.kind === "find") {
            const unknown = (await journal.changes(permitId))
              .filter((each) => each.state === "unknown")
              .at(-1);
            if (unknown !== undefined) {
              await changes.reconcile(permitId, unknown.id, { by: "mia", finding: step.finding });
            }
          } else {
            const after =
              step.kind === "update"
                ? {
                    ...entry.current,
                    plate: step.plate,
                    validUntil: new Date(
                      entry.current.validFrom.getTime() + step.hours * 3_600_000,
                    ),
                  }
                : entry.current;
            const pending = await changes.open(
              claim(`change-${index}`),
              {
                permitId,
                actor: "ana",
                action: step.kind,
                reason: "why",
                fields: {},
                sentBody: {},
                after,
                idempotencyKey: `${run}-change-${index}`,
              },
              entry.changeCount,
            );
            if (pending.kind === "claimed") {
              // A change left pending now and then: as if the process stopped before the answer.
              if (step.outcome !== "unknown" || index % 2 === 0) {
                await changes.settle({
                  change: pending.value,
                  outcome: outcomeOf(step.outcome),
                  key: claim(`change-${index}`),
                  respond: () => ({ status: 201, body: {} }),
                  freeKey: step.outcome === "not_sent",
                  audit: { actor: { userId: null, label: "ana" }, action: "permit.update" },
                });
              }
            } else {
              const unsettledOrVoided =
                entry.unsettledChangeId !== undefined || entry.voidedAt !== undefined;
              expect({ kind: pending.kind, unsettledOrVoided }).toEqual({
                kind: "conflict",
                unsettledOrVoided: true,
              });
            }
          }
          const kept = await journal.get(permitId);
          if (kept === undefined) throw new Error("no entry");
          const derived = deriveProjection(submittedOf(kept), await journal.changes(permitId));
          expect({
            current: kept.current,
            voidedAt: kept.voidedAt,
            correctedAt: kept.correctedAt,
            changeCount: kept.changeCount,
            unsettledChangeId: kept.unsettledChangeId,
          }).toEqual({
            voidedAt: undefined,
            correctedAt: undefined,
            unsettledChangeId: undefined,
            ...derived,
          });
        }
      }),
      { numRuns: dialect === "sqlite" ? 40 : 15 },
    );
  });
});
