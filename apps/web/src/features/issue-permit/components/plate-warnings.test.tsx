import type { PlateChecks } from "@permit-desk/schema";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlateWarnings } from "./plate-warnings.tsx";

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
