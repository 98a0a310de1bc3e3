import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { textOf } from "../../../testing/text-of.ts";
import { ReconciliationHistory } from "./finding-history.tsx";
import { permitRecordMessages } from "./messages.ts";

const absent = {
  id: "r1",
  reconciledAt: "2026-07-02T13:20:00.000Z",
  reconciledBy: "mo",
  finding: "absent" as const,
  note: "Not in OPSCOM's list",
};

describe("the findings on a permit's record", () => {
  it("keeps a finding OPSCOM's late answer superseded, and says so with the answer's time", () => {
    const text = textOf(
      renderToStaticMarkup(
        <ReconciliationHistory
          reconciliations={[absent, { ...absent, id: "r2", note: "Still not there" }].map(
            (finding) => ({ ...finding, supersededAt: "2026-07-02T13:30:00.000Z" }),
          )}
          siteTimeZone="America/Toronto"
        />,
      ),
    );
    expect(text).toContain("Not in OPSCOM's list");
    expect(text).toContain(
      "Superseded: OPSCOM's own answer came after this finding (Jul 2, 2026, 09:30 EDT) and is what counts.",
    );
    expect(text).not.toContain("Latest finding");
  });

  it("says nothing of superseding while the permit is still unconfirmed", () => {
    const text = textOf(
      renderToStaticMarkup(
        <ReconciliationHistory reconciliations={[absent]} siteTimeZone="America/Toronto" />,
      ),
    );
    expect(text).toContain("Recorded by mo");
    expect(text).not.toContain("Superseded");
  });

  it("says it in French too", () => {
    expect(
      permitRecordMessages.in("fr-CA")("supersededBy", { time: "2 juill. 2026, 09 h 30" }),
    ).toBe(
      "Remplacée : la réponse d'OPSCOM est arrivée après cette constatation (le 2 juill. 2026, 09 h 30) et c'est elle qui compte.",
    );
  });
});
