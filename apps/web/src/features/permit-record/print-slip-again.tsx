import type { IssuedPermit, PermitRecord } from "@permit-desk/schema";
import { useEffect, useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { PermitSlips } from "../issue-permit/components/permit-slip.tsx";
import { permitRecordMessages } from "./messages.ts";

/** The slip of the permit as it is now; none for a permit that is not in force in OPSCOM. */
export function slipOf(record: PermitRecord): IssuedPermit | undefined {
  const referenceId = record.referenceId ?? record.foundReferenceId;
  const { current } = record;
  if (referenceId === undefined || current.status === "voided" || current.status === "not_issued")
    return undefined;
  return {
    referenceId,
    journalId: record.id,
    plate: current.plate,
    zone: current.zoneName,
    validFrom: current.validFrom,
    validUntil: current.validUntil,
    ...(record.amount !== undefined && { amount: record.amount }),
    ...(record.currency !== undefined && { currency: record.currency }),
    ...(current.permitNo !== undefined && { permitNo: current.permitNo }),
  };
}

/**
 * The issue form's own slip, printed again for a driver who lost theirs, as the permit is now.
 * Mounted once asked for, so that printing the record otherwise prints the record.
 */
export function PrintSlipAgain({
  record,
  siteTimeZone,
}: {
  record: PermitRecord;
  siteTimeZone: string;
}) {
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (asked > 0) window.print();
  }, [asked]);
  const slip = slipOf(record);
  if (slip === undefined) return null;
  return (
    <>
      <Button variant="secondary" onClick={() => setAsked((count) => count + 1)}>
        {t("printSlipAgain")}
      </Button>
      {asked > 0 && <PermitSlips permits={[slip]} siteTimeZone={siteTimeZone} locale={locale} />}
    </>
  );
}
