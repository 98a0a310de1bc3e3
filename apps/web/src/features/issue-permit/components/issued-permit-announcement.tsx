import type { IssuedPermit } from "@permit-desk/schema";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuedMessages } from "../issued-messages.ts";

type IssuedPermitAnnouncementProps = { permit: IssuedPermit | undefined; siteTimeZone: string };

/**
 * A short sentence for screen readers. The live region stays mounted so that the change is
 * announced, while focus goes back to the plate for the next permit.
 */
export function IssuedPermitAnnouncement({ permit, siteTimeZone }: IssuedPermitAnnouncementProps) {
  const t = useMessages(issuedMessages);
  const { locale } = useLocale();
  return (
    <div role="status" className="sr-only">
      {permit &&
        t("announcement", {
          plate: permit.plate,
          zone: permit.zone,
          time: formatSiteTime(permit.validUntil, siteTimeZone, locale),
          reference: permit.referenceId,
        })}
    </div>
  );
}
