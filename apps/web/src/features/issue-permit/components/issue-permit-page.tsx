import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { type ComponentProps, lazy, type ReactNode, Suspense, useState } from "react";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { templatesQueryOptions } from "../../../lib/shared-queries.ts";
import { issuePermitMessages } from "../messages.ts";
import { IssuePermitForm } from "./issue-permit-form.tsx";
import {
  IssuePermitHeading,
  IssuePermitPagePlaceholder,
} from "./issue-permit-page-placeholder.tsx";
import { IssuedPermitPanel, permitInBrief } from "./issued-permit-panel.tsx";
import type { PermitSlips as Slips } from "./permit-slip.tsx";

const loadSlips = () => import("./permit-slip.tsx");

/**
 * The printed slips (and their QR code) come in a chunk of their own, fetched when a permit is
 * being issued: by the time OPSCOM answers they are there, and the Issue page's first screen does
 * not carry them. A chunk that cannot be downloaded leaves the slips out, not the page.
 */
const PermitSlips = lazy(() =>
  loadSlips().then(
    (module) => ({ default: module.PermitSlips }),
    (): { default: (props: ComponentProps<typeof Slips>) => ReactNode } => ({
      default: () => null,
    }),
  ),
);

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

type IssuedPermitsProps = {
  config: ClientConfig;
  permits: readonly IssuedPermit[];
  /** How many plates the submission had: several make a summary and one row each. */
  plates: number;
  previous: boolean;
  onVoided: (permit: IssuedPermit) => void;
};

/** What the last submission issued: one card, or a one-line summary and a row per permit. */
function IssuedPermits({ config, permits, plates, previous, onVoided }: IssuedPermitsProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  if (permits.length === 0) return null;
  const row = plates > 1;
  const panels = permits.map((permit) => (
    <IssuedPermitPanel
      key={permit.referenceId}
      permit={permit}
      siteTimeZone={config.siteTimeZone}
      undoSeconds={config.undoSeconds}
      opscomTimeoutMs={config.opscomTimeoutMs}
      onVoided={() => onVoided(permit)}
      row={row}
      previous={previous}
    />
  ));
  if (!row) return panels;
  return (
    <section aria-labelledby="issued-summary" className="space-y-1.5">
      <h2 id="issued-summary" className="font-bold text-slate-950">
        {previous && `${t("previousPermit")} `}
        {t("issuedOfTyped", { issued: permits.length, typed: plates })}
      </h2>
      <p className="text-sm text-slate-800">
        {permits[0] && permitInBrief(permits[0], config.siteTimeZone, locale).join(" · ")}
      </p>
      {panels}
    </section>
  );
}

/** `config` is undefined while the site's settings load: the form is usable before they arrive. */
export function IssuePermitPage({ config }: { config: ClientConfig | undefined }) {
  const [issued, setIssued] = useState<{ permits: IssuedPermit[]; plates: number }>({
    permits: [],
    plates: 0,
  });
  const [undone, setUndone] = useState<readonly string[]>([]);
  const [plateTyped, setPlateTyped] = useState(false);
  const { locale } = useLocale();
  // The templates decide how tall the form is: it is drawn once they are known (or their first
  // request failed), so that nothing below them moves when they arrive; and it stays, whatever
  // becomes of them, such as a new session asking for them again.
  const templates = useQuery(templatesQueryOptions());
  const [formShown, setFormShown] = useState(false);
  if (!formShown && !(templates.isPending && templates.failureCount === 0)) setFormShown(true);
  if (!formShown) return <IssuePermitPagePlaceholder />;
  const { permits } = issued;
  return (
    <>
      {config && (
        <>
          <IssuedPermitAnnouncement
            permits={permits}
            undone={undone}
            siteTimeZone={config.siteTimeZone}
          />
          <Suspense fallback={null}>
            <PermitSlips
              permits={permits.filter((permit) => !undone.includes(permit.referenceId))}
              siteTimeZone={config.siteTimeZone}
              locale={locale}
            />
          </Suspense>
        </>
      )}
      <div className="print:hidden">
        <IssuePermitForm
          config={config}
          heading={<IssuePermitHeading />}
          onIssuing={() => {
            loadSlips().catch(() => undefined);
            setIssued({ permits: [], plates: 0 });
          }}
          onIssued={(next, plates) => setIssued({ permits: next, plates })}
          onPlateTyped={setPlateTyped}
          results={
            config && (
              <IssuedPermits
                config={config}
                permits={permits}
                plates={issued.plates}
                previous={plateTyped}
                onVoided={(permit) =>
                  setUndone((references) => [...references, permit.referenceId])
                }
              />
            )
          }
        />
      </div>
    </>
  );
}
