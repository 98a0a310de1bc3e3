import type { AuditEvent } from "@permit-desk/schema";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locale.ts";
import {
  actionName,
  actorLabel,
  auditReading,
  describeAction,
  describeChange,
  describeDetail,
  subjectLabel,
} from "./audit-words.ts";
import { AUDIT_FIELDS, AUDIT_SUBJECTS } from "./messages.ts";

const TORONTO = "America/Toronto";
const en = auditReading("en-CA", TORONTO);
const fr = auditReading("fr-CA", TORONTO);

const event = (overrides: Partial<AuditEvent> = {}): AuditEvent => ({
  id: "e1",
  at: "2026-07-02T13:00:00.000Z",
  actor: "ada",
  action: "user.update",
  ...overrides,
});

const changeOf = (at: AuditEvent, field: string, reading = en) => {
  const change = at.changes?.[field];
  if (change === undefined) throw new Error(`No change to ${field}.`);
  return describeChange(at, field, change, reading);
};

describe("changes in the audit trail", () => {
  it("show a change as before → after, lists and flags in words", () => {
    const changed = event({
      changes: {
        zones: { before: ["Lot 4"], after: ["Lot 4", "Lot 5"] },
        disabled: { before: false, after: true },
        displayName: { before: null, after: "Ana" },
      },
    });
    expect(changeOf(changed, "zones")).toBe("Zones: Lot 4 → Lot 4, Lot 5");
    expect(changeOf(changed, "disabled")).toBe("Disabled: no → yes");
    expect(changeOf(changed, "displayName")).toBe("Name: (none) → Ana");
    expect(changeOf(changed, "disabled", fr)).toBe("Désactivé : non → oui");
    expect(changeOf(changed, "zones", fr)).toBe("Zones : Lot 4 → Lot 4, Lot 5");
  });

  it("word a role in the reader's language", () => {
    const promoted = event({ changes: { role: { before: "validator", after: "manager" } } });
    expect(changeOf(promoted, "role")).toBe("Role: Validator → Manager");
    expect(changeOf(promoted, "role", fr)).toBe("Rôle : Validateur → Gestionnaire");
  });

  it("word a template's duration, its time of day as the locale writes it", () => {
    const template = event({
      action: "template.update",
      changes: {
        duration: { before: "hours:4", after: "nextDayAt:09:00" },
        active: { before: true, after: false },
      },
    });
    expect(changeOf(template, "duration")).toBe("Duration: 4 hours → Until 09:00 the next day");
    expect(changeOf(template, "duration", fr)).toMatch(
      /^Durée : 4 heures → Jusqu'au lendemain 09 h 00$/,
    );
    expect(changeOf(template, "active", fr)).toBe("En usage : oui → non");
  });

  it("count a template's position from 1, as the Templates page does", () => {
    const moved = event({
      action: "template.update",
      changes: { position: { before: 0, after: 2 } },
    });
    expect(changeOf(moved, "position")).toBe("Position: 1 → 3");
  });

  it("format an amount in its currency for the locale", () => {
    const created = event({
      action: "template.create",
      changes: {
        amount: { before: null, after: "40.00" },
        currency: { before: null, after: "CAD" },
      },
    });
    expect(changeOf(created, "amount")).toBe("Amount: (none) → $40.00");
    expect(changeOf(created, "amount", fr)).toBe("Montant : (aucun) → 40,00\u00a0$");
  });

  it("format a permit's new validity on the site's clock", () => {
    const extended = event({
      action: "permit.update",
      changes: {
        validUntil: { before: "2026-07-02T17:00:00-04:00", after: "2026-07-02T19:30:00-04:00" },
        plate: { before: "AB123", after: "AB128" },
      },
    });
    expect(changeOf(extended, "validUntil")).toMatch(/^Valid until: .*17:00 EDT → .*19:30 EDT$/);
    expect(changeOf(extended, "plate", fr)).toBe("Plaque : AB123 → AB128");
  });
});

describe("details in the audit trail", () => {
  it("read a sign-in's facts as words, leaving ids and addresses as they are", () => {
    const signIn = event({
      action: "auth.sign_in",
      detail: { sessionId: "s-1", ip: "10.0.0.7", firstRun: true },
    });
    expect(describeDetail(signIn, "sessionId", "s-1", en)).toBe("Session: s-1");
    expect(describeDetail(signIn, "ip", "10.0.0.7", fr)).toBe("Adresse IP : 10.0.0.7");
    expect(describeDetail(signIn, "firstRun", true, en)).toBe("First-run set-up: yes");
    expect(describeDetail(signIn, "firstRun", true, fr)).toBe("Configuration initiale : oui");
  });

  it("read a permit's journal entry and outcome as words", () => {
    const refused = event({
      action: "permit.issue",
      detail: { journalId: "j-1", outcome: "rejected" },
    });
    expect(describeDetail(refused, "journalId", "j-1", en)).toBe("Journal entry: j-1");
    expect(describeDetail(refused, "outcome", "rejected", en)).toBe("Outcome: Refused by OPSCOM");
    expect(describeDetail(refused, "outcome", "issued", fr)).toBe("Résultat : Émission confirmée");
  });

  it("read a refused sign-in's reason as words, but a permit change's reason as typed", () => {
    const refused = event({ action: "auth.sign_in_failed" });
    expect(describeDetail(refused, "reason", "wrong_password", en)).toBe("Reason: Wrong password");
    expect(describeDetail(refused, "reason", "throttled", fr)).toBe(
      "Motif : Trop de connexions échouées : attente demandée",
    );
    const voided = event({ action: "permit.void" });
    expect(describeDetail(voided, "reason", "disabled", en)).toBe("Reason: disabled");
  });

  it("read Undo's fixed reason in the language shown, as the permit's record does", () => {
    const voided = event({ action: "permit.void" });
    const undone = "Undone right after issuing";
    expect(describeDetail(voided, "reason", undone, fr)).toBe(
      "Motif : Annulé juste après l'émission",
    );
    expect(describeDetail(voided, "reason", undone, en)).toBe(`Reason: ${undone}`);
  });

  it("read a key it does not know as words", () => {
    expect(describeDetail(event(), "reportRunId", "r-9", en)).toBe("Report run id: r-9");
  });
});

describe("the event's headline", () => {
  it("names a permit event by what OPSCOM made of it", () => {
    const issue = (outcome?: string) =>
      describeAction({ action: "permit.issue", detail: outcome ? { outcome } : undefined }, en.t);
    expect(issue("issued")).toBe("Permit issued");
    expect(issue("rejected")).toBe("Permit refused by OPSCOM");
    expect(issue("unknown")).toBe("Permit not confirmed by OPSCOM");
    expect(issue()).toBe("Permit submitted");
    expect(describeAction({ action: "permit.issue", detail: { outcome: "rejected" } }, fr.t)).toBe(
      "Permis refusé par OPSCOM",
    );
    expect(describeAction({ action: "permit.void", detail: { outcome: "applied" } }, fr.t)).toBe(
      "Permis annulé",
    );
  });

  it("offers each permit action in the filter with the words its entries show when done", () => {
    expect(actionName("permit.issue", en.t)).toBe("Permit issued");
    expect(actionName("permit.issue", en.t)).toBe(
      describeAction({ action: "permit.issue", detail: { outcome: "issued" } }, en.t),
    );
    expect(actionName("permit.void", fr.t)).toBe("Permis annulé");
    expect(actionName("zone.create", en.t)).toBe("Zone added");
  });

  it("reads other actions as words", () => {
    expect(describeAction({ action: "zone.create" }, en.t)).toBe("Zone added");
    expect(describeAction({ action: "zone.create" }, fr.t)).toBe("Zone ajoutée");
    expect(describeAction({ action: "report.export_run" }, en.t)).toBe("Report export run");
  });

  it("names Permit Desk itself in words, and a member by their username", () => {
    expect(actorLabel({ actor: "first-run set-up", system: true }, fr.t)).toBe(
      "Configuration initiale",
    );
    expect(actorLabel({ actor: "ZONES", system: true }, en.t)).toBe("The ZONES setting");
    expect(actorLabel({ actor: "ZONES", system: true }, fr.t)).toBe("Le paramètre ZONES");
    // A member may be called so; only the server says when Permit Desk itself acted.
    expect(actorLabel({ actor: "cli" }, en.t)).toBe("cli");
  });

  it.each(LOCALES)("names every subject and field, each in words, in %s", (locale) => {
    const reading = auditReading(locale, TORONTO);
    const subjects = AUDIT_SUBJECTS.map((type) => subjectLabel(type, reading));
    expect(new Set(subjects).size).toBe(AUDIT_SUBJECTS.length);
    for (const field of AUDIT_FIELDS) expect(reading.t("field", { field })).not.toBe("");
    expect(subjectLabel("permit", reading)).toBe(locale === "en-CA" ? "Permit" : "Permis");
  });
});

describe("failed sign-ins counted per address and hour", () => {
  it("read as a count, the usernames tried and the last failure in the site's time, in both languages", () => {
    const failures = event({
      actor: "203.0.113.9",
      action: "auth.sign_in_failed",
      detail: {
        ip: "203.0.113.9",
        failures: 1234,
        usernames: ["ana", "bo"],
        otherUsernames: 12,
        lastFailureAt: "2026-07-02T13:47:00.000Z",
        addressLimitReached: true,
      },
    });
    const lines = (reading: typeof en) =>
      Object.entries(failures.detail ?? {}).map(([key, value]) =>
        describeDetail(failures, key, value, reading),
      );
    expect(lines(en)).toEqual([
      "IP address: 203.0.113.9",
      "Failed sign-ins: 1,234",
      "Usernames tried: ana, bo",
      "Failures under other usernames: 12",
      expect.stringMatching(/^Last failure: .*9:47/),
      "Address made to wait: yes",
    ]);
    expect(lines(fr)).toEqual([
      "Adresse IP : 203.0.113.9",
      expect.stringMatching(/^Connexions échouées : 1\s234$/),
      "Noms d'utilisateur essayés : ana, bo",
      "Échecs sous d'autres noms d'utilisateur : 12",
      expect.stringMatching(/^Dernier échec : .*9 h 47/),
      "Adresse mise en attente : oui",
    ]);
  });
});
