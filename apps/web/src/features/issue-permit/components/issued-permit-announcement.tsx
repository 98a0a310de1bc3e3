import type { IssuedPermit } from "@permit-desk/schema";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";

type IssuedPermitAnnouncementProps = {
  permits: readonly IssuedPermit[];
  /** References of the permits Undo voided since: their panels say so, this no longer says issued. */
  undone: readonly string[];
  siteTimeZone: string;
};

/**
 * A short sentence for screen readers, one per permit when several plates were issued. The live
 * region stays mounted so that the change is announced, while focus goes back to the plate for
 * the next permit.
 */
export function IssuedPermitAnnouncement({
  permits,
  undone,
  siteTimeZone,
}: IssuedPermitAnnouncementProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  return (
    <div role="status" className="sr-only">
      {permits
        .filter((permit) => !undone.includes(permit.referenceId))
        .map((permit) =>
          t("announcement", {
            plate: permit.plate,
            zone: permit.zone,
            time: formatSiteTime(permit.validUntil, siteTimeZone, locale),
            reference: permit.referenceId,
          }),
        )
        .join(" ")}
    </div>
  );
}
