import { normalizePlate } from "@permit-desk/schema";
import { type FormEvent, useId, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { useActivePermits } from "../api/get-active-permits.ts";
import { PlateCoverageAnswer } from "./plate-coverage-answer.tsx";

const PLATE_REQUIRED = "Enter the licence plate to check.";

/** "Is this plate covered now?": the issued permits valid at this moment for a plate. */
export function PlateCoverageLookup({ siteTimeZone }: { siteTimeZone: string }) {
  const headingId = useId();
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | undefined>(undefined);
  const [plate, setPlate] = useState<string | undefined>(undefined);
  const coverage = useActivePermits(plate);

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const asked = normalizePlate(typed);
    if (!asked) {
      setError(PLATE_REQUIRED);
      return;
    }
    setError(undefined);
    if (asked === plate) void coverage.refetch();
    else setPlate(asked);
  }

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-300 bg-slate-50 p-4"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-950">
        Is this plate covered now?
      </h2>
      <form noValidate onSubmit={check} className="mt-3 flex flex-wrap items-start gap-3">
        <Field
          label="Plate to check"
          className="w-full max-w-xs"
          inputProps={{
            value: typed,
            onChange: (event) => setTyped(event.target.value),
            autoComplete: "off",
            autoCapitalize: "characters",
            spellCheck: false,
            className: "font-mono uppercase",
          }}
          errors={error ? [error] : []}
        />
        <Button type="submit" variant="secondary" className="sm:mt-6">
          Check plate
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
