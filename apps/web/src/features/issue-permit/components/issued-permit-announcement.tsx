import type { IssuedPermit } from "@permit-desk/schema";
import { formatSiteTime } from "../../../lib/format-site-time.ts";

type IssuedPermitAnnouncementProps = { permit: IssuedPermit | undefined; siteTimeZone: string };

/**
 * A short sentence for screen readers. The live region stays mounted so that the change is
 * announced, while focus goes back to the plate for the next permit.
 */
export function IssuedPermitAnnouncement({ permit, siteTimeZone }: IssuedPermitAnnouncementProps) {
  return (
    <div role="status" className="sr-only">
      {permit &&
        `Permit issued for ${permit.plate} in ${permit.zone}, until ${formatSiteTime(permit.validUntil, siteTimeZone)}. Reference ${permit.referenceId}.`}
    </div>
  );
}
