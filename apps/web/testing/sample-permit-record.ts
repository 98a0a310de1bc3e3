// Test support for the permit record's tests: a sample record and its changes.
import type { PermitChange, PermitRecord } from "@permit-desk/schema";

/** A permit Ana issued at 09:00 in Toronto, confirmed by OPSCOM, never changed. */
export function samplePermitRecord(overrides: Partial<PermitRecord> = {}): PermitRecord {
  const facts = {
    plate: "PL8RDR",
    zone: "Lot 4",
    zoneId: "zone-lot-4",
    validFrom: "2026-07-02T13:00:00.000Z",
    validUntil: "2026-07-02T15:00:00.000Z",
  };
  return {
    id: "entry-1",
    createdAt: "2026-07-02T13:00:00.000Z",
    actor: "ana",
    ...facts,
    state: "issued",
    referenceId: "ref-1",
    current: { ...facts, zoneName: facts.zone, status: "active", corrected: false },
    changeCount: 0,
    sentBody: { LicencePlate: "PL8RDR" },
    completedAt: "2026-07-02T13:00:01.000Z",
    opscom: { httpStatus: 200 },
    reconciliations: [],
    changes: [],
    ...overrides,
  };
}

export function sampleChange(overrides: Partial<PermitChange> = {}): PermitChange {
  return {
    id: "change-1",
    action: "update",
    actor: "ana",
    actorName: "Ana Smith",
    createdAt: "2026-07-02T13:05:00.000Z",
    completedAt: "2026-07-02T13:05:01.000Z",
    reason: "Plate typed wrong",
    fields: { plate: { before: "PL8RDR", after: "PL8RDB" } },
    state: "applied",
    sentBody: { referenceID: "ref-1", LicencePlate: "PL8RDB" },
    opscom: { httpStatus: 200 },
    reconciliations: [],
    ...overrides,
  };
}
