import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { textOf } from "../../../testing/text-of.ts";
import { LocaleProvider } from "../../lib/i18n/locale-context.tsx";
import { PermitFacts } from "./permit-record-page.tsx";

/** Issued for GHK789, then corrected to GHK798 with the number its template makes. */
const corrected = samplePermitRecord({
  plate: "GHK789",
  permitNo: "L4-20260702-GHK789",
  current: {
    ...samplePermitRecord().current,
    plate: "GHK798",
    permitNo: "L4-20260702-GHK798",
    corrected: true,
  },
});

function render(language: string, record = corrected) {
  vi.stubGlobal("navigator", { languages: [language] });
  return textOf(
    renderToStaticMarkup(
      <LocaleProvider>
        <PermitFacts record={record} siteTimeZone="America/Toronto" />
      </LocaleProvider>,
    ),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("the permit's facts on its record", () => {
  it("are labelled as first submitted once a correction changed them, in English and French", () => {
    const english = render("en-CA");
    expect(english).toMatch(/^Permit as first submitted/);
    expect(english).toContain("Changed since");
    expect(english).toContain("GHK789");
    const french = render("fr-CA");
    expect(french).toMatch(/^Permis tel que soumis au départ/);
    expect(french).toContain("Modifié depuis");
  });

  it("are simply the permit's while nothing changed them", () => {
    const english = render("en-CA", samplePermitRecord());
    expect(english).toMatch(/^Permit\b/);
    expect(english).not.toContain("first submitted");
  });
});
