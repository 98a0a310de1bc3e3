import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { FormProvider } from "react-hook-form";
import { Button } from "../../../components/ui/button.tsx";
import { useIssuePermitForm } from "../hooks/use-issue-permit-form.ts";
import { describeIssueFailure } from "../utils/describe-issue-failure.ts";
import { AmountFields } from "./amount-fields.tsx";
import { IssueFailureAlert } from "./issue-failure-alert.tsx";
import { PermitNumberField } from "./permit-number-field.tsx";
import { PlateField } from "./plate-field.tsx";
import { ValidityField } from "./validity-field.tsx";
import { ZoneField } from "./zone-field.tsx";

type IssuePermitFormProps = {
  config: ClientConfig;
  onIssuing: () => void;
  onIssued: (permit: IssuedPermit) => void;
};

function currencyChoices({ currencies, defaultCurrency }: ClientConfig): string[] {
  return currencies.includes(defaultCurrency) ? currencies : [defaultCurrency, ...currencies];
}

export function IssuePermitForm({ config, onIssuing, onIssued }: IssuePermitFormProps) {
  const { form, issue, issueAsNewPermit, isIssuing, problem, alertKey } = useIssuePermitForm({
    config,
    onIssuing,
    onIssued,
  });

  const hasFieldErrors = Object.values(problem?.fieldErrors ?? {}).some((errors) => errors?.length);
  const onlyFieldErrors =
    hasFieldErrors && (problem?.code === "validation" || problem?.code === "bad_request");

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={issue} className="space-y-5">
        {problem && !onlyFieldErrors && (
          <IssueFailureAlert
            key={alertKey}
            failure={describeIssueFailure(problem)}
            takeFocus={!hasFieldErrors}
            isIssuing={isIssuing}
            onTryAgain={issue}
            onIssueAsNew={issueAsNewPermit}
          />
        )}
        <PlateField />
        <ZoneField zones={config.zones} />
        <fieldset className="space-y-5">
          <legend className="sr-only">Validity</legend>
          <div className="grid gap-5 sm:grid-cols-2">
            <ValidityField name="validFrom" label="Valid from" siteTimeZone={config.siteTimeZone} />
            <ValidityField
              name="validUntil"
              label="Valid until"
              siteTimeZone={config.siteTimeZone}
            />
          </div>
        </fieldset>
        <AmountFields currencies={currencyChoices(config)} />
        <PermitNumberField />
        <Button type="submit" disabled={isIssuing} className="w-full sm:w-auto">
          {isIssuing ? "Issuing…" : "Issue permit"}
        </Button>
        <p role="status" className="sr-only">
          {isIssuing ? "Issuing the permit…" : ""}
        </p>
      </form>
    </FormProvider>
  );
}
