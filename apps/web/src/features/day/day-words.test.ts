import { describe, expect, it } from "vitest";
import { differenceWords, refusedWords } from "./day-words.ts";
import { dayMessages } from "./messages.ts";

const en = dayMessages.in("en-CA");
const fr = dayMessages.in("fr-CA");
const plain = (n: number) => String(n);
const zone = { zone: "Lot 4", journal: 4, unconfirmed: 0, opscom: 5, differs: true };

describe("what a zone's difference points at", () => {
  it("says OPSCOM holds more, and to look for permits issued elsewhere or a void that did not reach it", () => {
    expect(differenceWords(zone, en, plain)).toBe(
      "OPSCOM holds 1 permit more than the journal: look for permits issued outside Permit Desk, or a void that did not reach OPSCOM.",
    );
    expect(differenceWords({ ...zone, opscom: 7 }, fr, plain)).toBe(
      "OPSCOM détient 3 permis de plus que le journal : cherchez des permis émis hors de Permit Desk, ou une annulation qui n'est pas parvenue à OPSCOM.",
    );
  });

  it("asks for the zone's unconfirmed permits to be settled first when it has some, since one that reached OPSCOM counts there", () => {
    expect(differenceWords({ ...zone, unconfirmed: 1 }, en, plain)).toContain("settle those first");
    expect(differenceWords({ ...zone, unconfirmed: 1 }, fr, plain)).toContain(
      "réglez donc d'abord ceux-là",
    );
  });

  it("says OPSCOM holds fewer, and to look for permits deleted in OPSCOM directly", () => {
    expect(differenceWords({ ...zone, opscom: 2 }, en, plain)).toBe(
      "OPSCOM holds 2 permits fewer than the journal: look for permits deleted in OPSCOM directly, outside Permit Desk.",
    );
    expect(differenceWords({ ...zone, opscom: 3 }, fr, plain)).toContain(
      "1 permis de moins que le journal",
    );
  });
});

describe("a refusal's reason", () => {
  it("is OPSCOM's code in words, with the code, in both languages", () => {
    expect(refusedWords(9001, en, "en-CA")).toBe("The API token is missing. (OPSCOM code 9001)");
    expect(refusedWords(9001, fr, "fr-CA")).toMatch(/^.+ \(code OPSCOM 9001\)$/);
  });

  it("says so when OPSCOM gave no code", () => {
    expect(refusedWords(undefined, en, "en-CA")).toBe("Refused without a code");
    expect(refusedWords(undefined, fr, "fr-CA")).toBe("Refusé sans code");
  });
});
