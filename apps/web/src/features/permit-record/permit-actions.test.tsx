import type { ClientConfig, StaffMember } from "@permit-desk/schema";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { samplePermitRecord } from "../../../testing/sample-permit-record.ts";
import { textOf } from "../../../testing/text-of.ts";
import { LocaleProvider } from "../../lib/i18n/locale-context.tsx";
import { PermitActions } from "./permit-actions.tsx";

const config: ClientConfig = {
  demo: true,
  siteTimeZone: "America/Toronto",
  zones: ["Lot 4"],
  defaultCurrency: "CAD",
  currencies: ["CAD"],
  opscomTimeoutMs: 10_000,
  plateEntry: "single",
  undoSeconds: 10,
  changeWindowMinutes: 30,
  validityBounds: { maxPastHours: 24, maxAheadDays: 365, maxPermitDays: 30 },
};
const ana: StaffMember = {
  id: "user-ana",
  username: "ana",
  displayName: "Ana Smith",
  role: "validator",
  zones: ["Lot 4"],
};

/** Issued to start at 09:00 (13:00 UTC), then corrected to start at 12:00. */
const movedLater = samplePermitRecord({
  current: { ...samplePermitRecord().current, validFrom: "2026-07-02T16:00:00.000Z" },
});

function render(language: string) {
  vi.stubGlobal("navigator", { languages: [language] });
  const html = renderToStaticMarkup(
    <LocaleProvider>
      <PermitActions record={movedLater} config={config} member={ana} onChanged={() => {}} />
    </LocaleProvider>,
  );
  return { html, text: textOf(html) };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the actions on a permit whose start was moved later after issuing", () => {
  it("are disabled for its validator once the window after the start as issued has closed, saying so in English and French", () => {
    vi.useFakeTimers({ now: Date.parse("2026-07-02T13:31:00.000Z"), toFake: ["Date"] });
    const english = render("en-CA");
    expect(english.html.match(/disabled=""/g)).toHaveLength(3);
    expect(english.text).toContain(
      "You can change your own permits until 30 minutes after they start; this one started",
    );
    expect(english.text).toContain("09:00");
    const french = render("fr-CA");
    expect(french.html.match(/disabled=""/g)).toHaveLength(3);
    expect(french.text).toContain("Vous pouvez modifier vos propres permis jusqu'à 30 minutes");
    expect(french.text).toContain("09 h 00");
  });

  it("stay open to its validator until that window closes, and say until when", () => {
    vi.useFakeTimers({ now: Date.parse("2026-07-02T13:30:00.000Z"), toFake: ["Date"] });
    const { html, text } = render("en-CA");
    expect(html).not.toMatch(/disabled=""/);
    expect(text).toContain("You can change this permit until");
    expect(text).toContain("09:30");
  });
});
