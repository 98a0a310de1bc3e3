import { PERMIT_STATES, problemAsText } from "@permit-desk/schema";
import { type MouseEvent, useMemo } from "react";
import { useForm } from "react-hook-form";
import { permitStateMessages } from "../../components/permit-state.tsx";
import { Button } from "../../components/ui/button.tsx";
import { Field, SelectField } from "../../components/ui/field.tsx";
import { plateInputProps } from "../../components/ui/styles.ts";
import { TextLink } from "../../components/ui/text-link.tsx";
import { WallTimeField } from "../../components/ui/wall-time-field.tsx";
import { wallTimeMessages } from "../../components/ui/wall-time-messages.ts";
import { useFormFields } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { dateEntryProblem } from "../../lib/wall-time-entry.ts";
import {
  HISTORY_SHOWS,
  type HistoryFilters,
  type HistoryFilterValues,
  historyFiltersOfValues,
  historyFilterValuesOf,
  isRangeBackwards,
  RANGE_BACKWARDS,
  type SearchRefusal,
} from "./history-filters.ts";
import { historyMessages } from "./messages.ts";

type HistoryFiltersFormProps = {
  filters: HistoryFilters;
  zones: readonly string[];
  siteTimeZone: string;
  onApply: (filters: HistoryFilters) => void;
  /** The filters asked for cannot be searched: the list shown no longer answers them. */
  /** Why the search was refused: a backwards range, or a day that does not read. */
  onRefused: (why: SearchRefusal) => void;
  onClear: () => void;
};

/** A zone no longer configured can still be in a shared address: it stays choosable. */
function zoneChoices(zones: readonly string[], current: string | undefined): readonly string[] {
  return current === undefined || zones.includes(current) ? zones : [...zones, current];
}

export function HistoryFiltersForm({
  filters,
  zones,
  siteTimeZone,
  onApply,
  onRefused,
  onClear,
}: HistoryFiltersFormProps) {
  const t = useMessages(historyMessages);
  const states = useMessages(permitStateMessages);
  // Follows the address, so Back and Forward show the filters of the list they show.
  const values = useMemo(() => historyFilterValuesOf(filters), [filters]);
  const form = useForm<HistoryFilterValues>({ values });
  const { register, handleSubmit, reset } = form;
  const { field, errorsOf } = useFormFields(form);
  const dates = useMessages(wallTimeMessages);
  /** A day typed that does not read stops the search, said at its field. */
  const readsAsDay = (day: string): true | string => {
    const problem = dateEntryProblem(day);
    return problem === undefined ? true : dates(problem === "format" ? "badDate" : "noSuchDay");
  };
  const apply = handleSubmit(
    (submitted) => onApply(historyFiltersOfValues(submitted)),
    () => {
      const { from, to } = form.getValues();
      const read = readsAsDay(from) === true && readsAsDay(to) === true;
      onRefused(read && isRangeBackwards({ from, to }) ? "backwards" : "unread");
    },
  );
  function clear(event: MouseEvent<HTMLAnchorElement>) {
    // Typed but not applied, these would otherwise stay: the address may not change at all.
    reset(historyFilterValuesOf({}));
    onClear();
    event.preventDefault();
  }
  return (
    <search aria-label={t("heading")}>
      <form noValidate onSubmit={apply} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-4">
          <Field
            label={t("plateStartsWith")}
            {...field("plate", { maxLength: 25, ...plateInputProps })}
          />
          <SelectField
            label={t("zone")}
            selectProps={register("zone")}
            options={zoneChoices(zones, filters.zone)}
            blank={t("allZones")}
          />
          <SelectField
            label={t("state")}
            selectProps={register("state")}
            options={PERMIT_STATES.map(
              (state) => [state, states("stateLabel", { state })] as const,
            )}
            blank={t("allStates")}
          />
          <SelectField
            label={t("show")}
            selectProps={register("show")}
            options={HISTORY_SHOWS.map((show) => [show, t("showOption", { show })] as const)}
            blank={t("showAll")}
          />
        </div>
        <fieldset>
          <legend className="text-sm font-semibold text-slate-900">{t("validBetween")}</legend>
          <p className="text-sm text-slate-700">{t("siteDays", { zone: siteTimeZone })}</p>
          <div className="mt-2 grid gap-4 sm:grid-cols-3">
            <WallTimeField
              dateOnly
              label={t("firstDay")}
              control={form.control}
              inputProps={register("from", { deps: ["to"], validate: readsAsDay })}
              errors={errorsOf("from")}
            />
            <WallTimeField
              dateOnly
              label={t("lastDay")}
              control={form.control}
              inputProps={register("to", {
                validate: (to, { from }) =>
                  readsAsDay(to) === true &&
                  readsAsDay(from) === true &&
                  isRangeBackwards({ from, to })
                    ? problemAsText(RANGE_BACKWARDS)
                    : readsAsDay(to),
              })}
              hint={t("lastDayIncluded")}
              errors={errorsOf("to")}
            />
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("applyFilters")}</Button>
          <TextLink href="/history" onClick={clear}>
            {t("clearFilters")}
          </TextLink>
        </div>
      </form>
    </search>
  );
}
