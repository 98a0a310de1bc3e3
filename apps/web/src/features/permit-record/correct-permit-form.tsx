import {
  type CurrentPermit,
  normalizePlate,
  type PermitChangeInput,
  type PermitCorrection,
  permitNumberWithPlate,
  problemAsText,
  toWallTime,
  validityIssues,
} from "@permit-desk/schema";
import type { UseFormReturn } from "react-hook-form";
import { Field, SelectField } from "../../components/ui/field.tsx";
import { focusRing, plateInputProps } from "../../components/ui/styles.ts";
import { WallTimeField } from "../../components/ui/wall-time-field.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { siteWallTimeToInstant } from "../../lib/site-wall-time.ts";
import {
  type ChangeFormRules,
  type ChangeIssue,
  type ChangeLimits,
  type ChangePlace,
  useChangeForm,
} from "./change-form.ts";
import { ChangeFormFrame, type ChangeFormProps, ReasonField } from "./change-form-frame.tsx";
import { permitRecordMessages } from "./messages.ts";

/** What the correction form's controls hold: the permit as it is now, times on the site's clock. */
type CorrectionFormValues = {
  plate: string;
  zone: string;
  validFrom: string;
  validUntil: string;
  permitNo: string;
  /** Put a corrected plate in the permit number where the old one stands, as its pattern did. */
  plateInNumber: boolean;
  reason: string;
};

export function correctionFormValuesOf(
  current: CurrentPermit,
  siteTimeZone: string,
): CorrectionFormValues {
  return {
    plate: current.plate,
    // The zone as it is called now: the name a correction would send, and the one offered.
    zone: current.zoneName,
    validFrom: toWallTime(current.validFrom, siteTimeZone),
    validUntil: toWallTime(current.validUntil, siteTimeZone),
    permitNo: current.permitNo ?? "",
    plateInNumber: true,
    reason: "",
  };
}

/**
 * The permit number a plate correction would leave holding the old plate, and the one it
 * offers instead; none while the number was typed over, or does not hold the plate.
 */
export function renumberingOf(
  values: Pick<CorrectionFormValues, "plate" | "permitNo">,
  current: CurrentPermit,
) {
  if (current.permitNo === undefined || values.permitNo.trim() !== current.permitNo)
    return undefined;
  const renumbered = permitNumberWithPlate(current.permitNo, {
    from: current.plate,
    to: values.plate,
  });
  return renumbered === undefined ? undefined : { oldPlate: current.plate, renumbered };
}

/** Only what staff changed is sent: a field left as it reads now stays out of the request. */
export function correctionInputOf(
  values: CorrectionFormValues,
  current: CurrentPermit,
  siteTimeZone: string,
): PermitChangeInput {
  const now = correctionFormValuesOf(current, siteTimeZone);
  const changes: Partial<Record<keyof PermitCorrection, string>> = {};
  if (normalizePlate(values.plate) !== current.plate) changes.plate = values.plate;
  if (values.zone !== now.zone) changes.zone = values.zone;
  for (const field of ["validFrom", "validUntil"] as const) {
    if (values[field] !== now[field]) {
      changes[field] = siteWallTimeToInstant(values[field], siteTimeZone);
    }
  }
  if (values.permitNo.trim() !== now.permitNo) changes.permitNo = values.permitNo;
  const renumbering = renumberingOf(values, current);
  if (renumbering !== undefined && values.plateInNumber) changes.permitNo = renumbering.renumbered;
  return { action: "update", changes, reason: values.reason };
}

/** Each field's messages beside it; those about the change as a whole on the form. */
function correctionFieldOf(place: ChangePlace) {
  return place === "form" ? "root.form" : place;
}

/** Where the corrected validity leaves the site's bounds; a start only when it moves. */
function boundsIssues(
  input: PermitChangeInput | undefined,
  current: CurrentPermit,
  siteTimeZone: string,
  limits: ChangeLimits,
): ChangeIssue[] {
  if (input?.action !== "update") return [];
  const { changes } = input;
  if (changes.validFrom === undefined && changes.validUntil === undefined) return [];
  const issues = validityIssues(
    {
      validFrom: changes.validFrom ?? current.validFrom,
      validUntil: changes.validUntil ?? current.validUntil,
    },
    {
      bounds: limits.validityBounds,
      now: limits.now(),
      siteTimeZone,
      judgeStart: changes.validFrom !== undefined,
    },
  );
  return issues.map(({ field, problem }) => ({
    path: ["changes", field],
    message: problemAsText(problem),
  }));
}

/** The shared change schema over the form, as the BFF will read what is sent, and the site's bounds. */
export const correctionRules: ChangeFormRules<CorrectionFormValues> = {
  inputOf: correctionInputOf,
  fieldOf: correctionFieldOf,
  moreIssues: (_values, parsed, current, siteTimeZone, limits) =>
    boundsIssues(parsed, current, siteTimeZone, limits),
};

/** The member's zones; the permit's own stays choosable, so that it can stay where it is. */
function zoneChoices(zones: readonly string[], current: string): readonly string[] {
  return zones.includes(current) ? zones : [current, ...zones];
}

type PlateInNumberProps = {
  form: UseFormReturn<CorrectionFormValues, unknown, PermitChangeInput>;
  current: CurrentPermit;
};

/** Says that the permit number still holds the old plate, and offers the number with the new one. */
function PlateInNumber({ form, current }: PlateInNumberProps) {
  const t = useMessages(permitRecordMessages);
  const [plate, permitNo, plateInNumber] = form.watch(["plate", "permitNo", "plateInNumber"]);
  const renumbering = renumberingOf({ plate, permitNo }, current);
  if (renumbering === undefined) return null;
  return (
    <div className="rounded-md border-l-4 border-blue-700 bg-blue-50 p-3 text-slate-950">
      <label className="flex min-h-11 items-center gap-2 font-semibold">
        <input
          type="checkbox"
          className={`size-5 ${focusRing}`}
          {...form.register("plateInNumber")}
        />
        <span>
          {t("plateInNumber")} <span className="break-all font-mono">{renumbering.renumbered}</span>
        </span>
      </label>
      {!plateInNumber && (
        <p className="text-sm">{t("oldPlateInNumber", { plate: renumbering.oldPlate })}</p>
      )}
    </div>
  );
}

/** Corrects the plate, zone, validity or permit number; what is left as it reads is not sent. */
export function CorrectPermitForm(props: ChangeFormProps) {
  const t = useMessages(permitRecordMessages);
  const { current } = props.record;
  const { siteTimeZone } = props.config;
  const { field, errorsOf, form, frame } = useChangeForm<CorrectionFormValues>(props, {
    rules: correctionRules,
    defaultValues: correctionFormValuesOf(current, siteTimeZone),
    firstField: "plate",
  });
  const siteTime = t("siteTime", { zone: siteTimeZone });
  return (
    <ChangeFormFrame
      {...frame}
      title={t("correctTitle")}
      intro={<p>{t("correctIntro")}</p>}
      submitLabel={t("correctSubmit")}
      formErrors={errorsOf("root.form")}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("licencePlate")} {...field("plate", plateInputProps)} />
        <SelectField
          label={t("zone")}
          selectProps={form.register("zone")}
          errors={errorsOf("zone")}
          options={zoneChoices(props.config.zones, current.zoneName)}
        />
        <WallTimeField
          label={t("validFrom")}
          hint={siteTime}
          control={form.control}
          {...field("validFrom")}
        />
        <WallTimeField
          label={t("validUntil")}
          hint={siteTime}
          control={form.control}
          {...field("validUntil")}
        />
        <Field
          label={t("permitNo")}
          hint={t("permitNumberHint")}
          {...field("permitNo", { autoComplete: "off", spellCheck: false })}
        />
      </div>
      <PlateInNumber form={form} current={current} />
      <ReasonField {...field("reason")} />
    </ChangeFormFrame>
  );
}
