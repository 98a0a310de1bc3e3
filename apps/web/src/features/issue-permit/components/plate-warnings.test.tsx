import type { PlateChecks } from "@permit-desk/schema";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { issuePermitMessages } from "../messages.ts";
import {
  activePermitWarning,
  endText,
  PlateWarnings,
  similarPlateWarning,
} from "./plate-warnings.tsx";

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();

const quiet: PlateChecks = {
  plate: "AB1O3",
  zone: "Lot 4",
  at: "2026-07-02T15:00:00.000Z",
  activeInZone: [],
  similar: [],
};

function render(checks: PlateChecks | undefined) {
  return renderToStaticMarkup(
    <PlateWarnings checks={checks} siteTimeZone="America/Toronto" onUsePlate={() => {}} />,
  );
}

describe("PlateWarnings", () => {
  it("asks whether a similar plate was meant, with a button to use it", () => {
    const html = render({
      ...quiet,
      similar: [{ plate: "AB103", lastIssuedAt: "2026-06-30T18:05:00.000Z", zone: "Lot 5" }],
    });
    expect(textOf(html)).toMatch(
      /^Did you mean AB103\? It was issued here on .*14:05.* in Lot 5\. Check the vehicle\.Use AB103$/,
    );
    expect(html).toMatch(/<button type="button"[^>]*>Use <strong[^>]*>AB103<\/strong><\/button>/);
  });

  it("tells of a permit valid now in the zone, with its reference, and lets staff go ahead", () => {
    const html = render({
      ...quiet,
      plate: "AB123",
      activeInZone: [
        {
          referenceId: "R-1138",
          validFrom: "2026-07-02T13:00:00.000Z",
          validUntil: "2026-07-02T21:30:00.000Z",
          state: "issued",
        },
      ],
    });
    expect(textOf(html)).toBe(
      "AB123 already has a permit valid now in Lot 4 until 17:30 (reference R-1138). You can still issue another.",
    );
    expect(html).not.toContain("<button");
  });

  it("announces politely, as a status and not an alert", () => {
    const html = render({
      ...quiet,
      similar: [{ plate: "AB103", lastIssuedAt: "2026-06-30T18:05:00.000Z", zone: "Lot 4" }],
    });
    expect(html).toMatch(/^<div role="status">/);
    expect(html).not.toContain("alert");
  });

  it("keeps an empty status region when there is nothing to say, or no checks yet", () => {
    expect(render(quiet)).toBe('<div role="status"></div>');
    expect(render(undefined)).toBe('<div role="status"></div>');
  });
});

const english = issuePermitMessages.in("en-CA");
const french = issuePermitMessages.in("fr-CA");
const siteTimeZone = "America/Toronto";
/** 11:00 in Toronto. */
const at = "2026-07-02T15:00:00.000Z";
const permit = {
  referenceId: "R-1138",
  validFrom: "2026-07-02T13:00:00.000Z",
  validUntil: "2026-07-02T21:30:00.000Z",
  state: "issued" as const,
};

describe("endText", () => {
  it("gives the site's time alone when the permit ends today there", () => {
    expect(endText(permit.validUntil, { at, siteTimeZone, locale: "en-CA" })).toBe("17:30");
    expect(endText(permit.validUntil, { at, siteTimeZone, locale: "fr-CA" })).toBe("17 h 30");
  });

  it("gives the date too when the permit ends on another day at the site", () => {
    // 00:30 on 3 July in Toronto, though still 2 July in some other zones.
    const text = endText("2026-07-03T04:30:00.000Z", { at, siteTimeZone, locale: "en-CA" });
    expect(text).toMatch(/Jul.*3.*2026.*00:30/);
  });
});

describe("activePermitWarning", () => {
  it("names the plate, zone, end and reference, and says another may still be issued", () => {
    expect(
      activePermitWarning("AB123", "Lot 4", permit, english, {
        at,
        siteTimeZone,
        locale: "en-CA",
      }),
    ).toBe(
      "AB123 already has a permit valid now in Lot 4 until 17:30 (reference R-1138). You can still issue another.",
    );
  });

  it("says a permit OPSCOM has not confirmed may exist, and to check OPSCOM before issuing another", () => {
    const { referenceId: _none, ...unconfirmed } = permit;
    const options = { at, siteTimeZone };
    const state = { ...unconfirmed, state: "unknown" as const };
    expect(
      activePermitWarning("AB123", "Lot 4", state, french, { ...options, locale: "fr-CA" }),
    ).toBe(
      "AB123 a peut-être déjà un permis valide en ce moment dans la zone Lot 4, jusqu'à 17 h 30 : OPSCOM ne l'a pas encore confirmé. Vérifiez dans OPSCOM avant d'en émettre un autre.",
    );
    expect(
      activePermitWarning("AB123", "Lot 4", state, english, { ...options, locale: "en-CA" }),
    ).toBe(
      "AB123 may already have a permit valid now in Lot 4 until 17:30: OPSCOM has not confirmed it yet. Check OPSCOM before issuing another.",
    );
  });
});

describe("similarPlateWarning", () => {
  it("asks whether the similar plate was meant, with when and where it was issued", () => {
    const text = similarPlateWarning(
      { plate: "AB1O3", lastIssuedAt: "2026-06-30T18:05:00.000Z", zone: "Lot 4" },
      english,
      { siteTimeZone, locale: "en-CA" },
    );
    expect(text).toMatch(
      /^Did you mean AB1O3\? It was issued here on .*Jun.*30.*14:05.* in Lot 4\./,
    );
  });
});
