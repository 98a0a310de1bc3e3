import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { FormProvider } from "react-hook-form";
import { Button } from "../../../components/ui/button.tsx";
import { useIssuePermitForm } from "../hooks/use-issue-permit-form.ts";
import { describeIssueFailure } from "../utils/describe-issue-failure.ts";
import { AmountFields } from "./amount-fields.tsx";
import { IssueFailureAlert } from "./issue-failure-alert.tsx";
import { PermitNumberField } from "./permit-number-field.tsx";
import { PlateField } from "./plate-field.tsx";
import { ValidityDurationNote } from "./validity-duration-note.tsx";
import { ValidityField } from "./validity-field.tsx";
import { ZoneField } from "./zone-field.tsx";

type IssuePermitFormProps = {
  /** Undefined while the site's settings load: the plate can be typed, the rest waits. */
  config: ClientConfig | undefined;
  onIssuing: () => void;
  onIssued: (permit: IssuedPermit) => void;
};

function currencyChoices({ currencies, defaultCurrency }: ClientConfig): string[] {
  return currencies.includes(defaultCurrency) ? currencies : [defaultCurrency, ...currencies];
}

function issuingStatus(isIssuing: boolean, isWaitingForConfig: boolean): string {
  if (isWaitingForConfig)
    return "The permit will be issued once Permit Desk's settings have loaded…";
  return isIssuing ? "Issuing the permit…" : "";
}

export function IssuePermitForm({ config, onIssuing, onIssued }: IssuePermitFormProps) {
  const {
    form,
    validity,
    issue,
    tryAgain,
    issueAsNewPermit,
    isIssuing,
    isWaitingForConfig,
    problem,
    heldPlate,
    alertKey,
  } = useIssuePermitForm({ config, onIssuing, onIssued });

  const hasFieldErrors = Object.values(problem?.fieldErrors ?? {}).some((errors) => errors?.length);
  const onlyFieldErrors =
    hasFieldErrors && (problem?.code === "validation" || problem?.code === "bad_request");
  const siteTimeZone = config?.siteTimeZone;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={issue} className="space-y-5">
        {problem && !onlyFieldErrors && (
          <IssueFailureAlert
            key={alertKey}
            failure={describeIssueFailure(problem)}
            takeFocus={!hasFieldErrors}
            heldPlate={heldPlate}
            isIssuing={isIssuing}
            onTryAgain={tryAgain}
            onIssueAsNew={issueAsNewPermit}
          />
        )}
        <PlateField />
        <ZoneField zones={config?.zones} />
        <fieldset className="space-y-2">
          <legend className="sr-only">Validity</legend>
          <div className="grid gap-5 sm:grid-cols-2">
            <ValidityField
              name="validFrom"
              label="Valid from"
              siteTimeZone={siteTimeZone}
              onClerkChange={validity.validFromChanged}
            />
            <ValidityField
              name="validUntil"
              label="Valid until"
              siteTimeZone={siteTimeZone}
              onClerkChange={validity.validUntilChanged}
            />
          </div>
          <ValidityDurationNote siteTimeZone={siteTimeZone} />
        </fieldset>
        <AmountFields currencies={config && currencyChoices(config)} />
        <PermitNumberField />
        <Button type="submit" disabled={isIssuing} className="w-full sm:w-auto">
          {isIssuing ? "Issuing…" : "Issue permit"}
        </Button>
        <p role="status" className={isWaitingForConfig ? "text-sm text-slate-800" : "sr-only"}>
          {issuingStatus(isIssuing, isWaitingForConfig)}
        </p>
      </form>
    </FormProvider>
  );
}
