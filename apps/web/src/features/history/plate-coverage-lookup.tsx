import { normalizePlate } from "@permit-desk/schema";
import { type FormEvent, useId, useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useActivePermits } from "./api/get-active-permits.ts";
import { historyMessages } from "./messages.ts";
import { PlateCoverageAnswer } from "./plate-coverage-answer.tsx";

/** "Is this plate covered now?": the issued permits valid at this moment for a plate. */
export function PlateCoverageLookup({ siteTimeZone }: { siteTimeZone: string }) {
  const headingId = useId();
  const t = useMessages(historyMessages);
  const [typed, setTyped] = useState("");
  const [plateMissing, setPlateMissing] = useState(false);
  const [plate, setPlate] = useState<string | undefined>(undefined);
  const coverage = useActivePermits(plate);

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const asked = normalizePlate(typed);
    setPlateMissing(!asked);
    if (!asked) return;
    if (asked === plate) void coverage.refetch();
    else setPlate(asked);
  }

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-950">
        {t("coverageHeading")}
      </h2>
      <form noValidate onSubmit={check} className="mt-3 flex flex-wrap items-start gap-3">
        <Field
          label={t("plateToCheck")}
          className="w-full max-w-xs"
          inputProps={{
            value: typed,
            onChange: (event) => setTyped(event.target.value),
            autoComplete: "off",
            autoCapitalize: "characters",
            spellCheck: false,
            className: "font-mono uppercase",
          }}
          errors={plateMissing ? [t("plateRequired")] : []}
        />
        <Button type="submit" variant="secondary" className="sm:mt-6">
          {t("checkPlate")}
        </Button>
      </form>
      <div role="status" className="mt-3">
        {plate !== undefined && (
          <PlateCoverageAnswer plate={plate} coverage={coverage} siteTimeZone={siteTimeZone} />
        )}
      </div>
    </section>
  );
}
