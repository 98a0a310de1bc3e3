import type { IssuedPermit } from "@permit-desk/schema";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { IssuedPermitAnnouncement } from "./issue-permit-page.tsx";

const permit = (plate: string, referenceId: string): IssuedPermit => ({
  referenceId,
  journalId: `entry-${referenceId}`,
  plate,
  zone: "Lot 4",
  validFrom: "2026-07-02T13:00:00.000Z",
  validUntil: "2026-07-02T15:00:00.000Z",
});

describe("IssuedPermitAnnouncement", () => {
  const permits = [permit("UM0003", "ref-3"), permit("UM0004", "ref-4")];

  it("says each permit issued", () => {
    const html = renderToStaticMarkup(
      <IssuedPermitAnnouncement permits={permits} undone={[]} siteTimeZone="America/Toronto" />,
    );
    expect(html).toContain("Permit issued for UM0003");
    expect(html).toContain("Permit issued for UM0004");
  });

  it("no longer says issued of a permit Undo voided, and keeps its region for the others", () => {
    const html = renderToStaticMarkup(
      <IssuedPermitAnnouncement
        permits={permits}
        undone={["ref-3"]}
        siteTimeZone="America/Toronto"
      />,
    );
    expect(html).not.toContain("UM0003");
    expect(html).toContain("Permit issued for UM0004");
    expect(html).toMatch(/^<div role="status" class="sr-only">/);
  });
});
