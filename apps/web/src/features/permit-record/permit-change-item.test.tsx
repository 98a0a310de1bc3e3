import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { sampleChange } from "../../../testing/sample-permit-record.ts";
import { textOf } from "../../../testing/text-of.ts";
import { UNDO_REASON } from "../../lib/undo-reason.ts";
import { PermitChangeItem } from "./permit-change-item.tsx";

function render(change: Parameters<typeof PermitChangeItem>[0]["change"]) {
  return renderToStaticMarkup(
    <PermitChangeItem
      permitId="entry-1"
      change={change}
      siteTimeZone="America/Toronto"
      canReconcile={false}
    />,
  );
}

describe("a change in a permit's chain", () => {
  it("says what it was, who made it when and why, each field before and after, and its state", () => {
    const text = textOf(render(sampleChange()));
    expect(text).toContain("Correction Done in OPSCOM");
    expect(text).toContain("By Ana Smith, Jul 2, 2026, 09:05 EDT");
    expect(text).toContain("Reason: Plate typed wrong");
    expect(text).toContain("Plate PL8RDR → becomes PL8RDB");
  });

  it("shows the times of an extension on the site's clock", () => {
    const text = textOf(
      render(
        sampleChange({
          fields: {
            validUntil: { before: "2026-07-02T15:00:00.000Z", after: "2026-07-02T16:00:00.000Z" },
          },
        }),
      ),
    );
    expect(text).toContain("Extension");
    expect(text).toContain("Valid until Jul 2, 2026, 11:00 EDT → becomes Jul 2, 2026, 12:00 EDT");
  });

  it("names an Undo's reason in words and keeps OPSCOM's answer folded away", () => {
    const html = render(sampleChange({ action: "void", fields: {}, reason: UNDO_REASON }));
    expect(textOf(html)).toContain("Void Done in OPSCOM");
    expect(textOf(html)).toContain("Reason: Undone right after issuing");
    expect(html).toMatch(/<details[^>]*><summary[^>]*>What was sent, and OPSCOM&#x27;s answer/);
  });

  it("marks a change OPSCOM did not confirm, and what staff found since", () => {
    const text = textOf(
      render(
        sampleChange({
          state: "unknown",
          finding: "not_applied",
          reconciliations: [
            {
              id: "r1",
              reconciledAt: "2026-07-02T13:20:00.000Z",
              reconciledBy: "mo",
              finding: "not_applied",
              note: "Old plate still there",
            },
          ],
        }),
      ),
    );
    expect(text).toContain("Not confirmed Checked: not done in OPSCOM");
    expect(text).toContain("OPSCOM does not show the change — Old plate still there");
    expect(text).toContain("Recorded by mo, Jul 2, 2026, 09:20 EDT");
  });
  it("keeps a finding that OPSCOM's late answer superseded, and says so", () => {
    const text = textOf(
      render(
        sampleChange({
          state: "applied",
          completedAt: "2026-07-02T13:30:00.000Z",
          reconciliations: [
            {
              id: "r1",
              reconciledAt: "2026-07-02T13:20:00.000Z",
              reconciledBy: "mo",
              finding: "not_applied",
              supersededAt: "2026-07-02T13:30:00.000Z",
            },
          ],
        }),
      ),
    );
    expect(text).toContain("Done in OPSCOM");
    expect(text).not.toContain("Checked: not done in OPSCOM");
    expect(text).toContain("OPSCOM does not show the change");
    expect(text).toContain(
      "Superseded: OPSCOM's own answer came after this finding (Jul 2, 2026, 09:30 EDT) and is what counts.",
    );
  });
});
