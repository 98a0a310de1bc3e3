import type { PermitRecord } from "@permit-desk/schema";
import { useId } from "react";
import { type Description, DescriptionList } from "../../../components/ui/description-list.tsx";
import { focusRing } from "../../../components/ui/focus-ring.ts";
import { NotRecorded } from "../../../components/ui/not-recorded.tsx";
import { formatDuration } from "../utils/format-duration.ts";

type Opscom = PermitRecord["opscom"];

function orNone(value: string | number | undefined) {
  return value === undefined ? <NotRecorded /> : String(value);
}

function answerFacts(opscom: Opscom): Description[] {
  return [
    { term: "HTTP status", details: orNone(opscom.httpStatus) },
    { term: "Error code", details: orNone(opscom.errorCode) },
    { term: "Reason", details: orNone(opscom.reason) },
    { term: "Detail", details: orNone(opscom.detail) },
    {
      term: "Duration",
      details:
        opscom.durationMs === undefined ? <NotRecorded /> : formatDuration(opscom.durationMs),
    },
  ];
}

/** What OPSCOM answered, and the answer's raw text exactly as it came. */
export function OpscomAnswer({ record }: { record: PermitRecord }) {
  const rawAnswerId = useId();
  const { rawAnswer } = record.opscom;
  return (
    <div className="space-y-3">
      <DescriptionList items={answerFacts(record.opscom)} />
      <h3 id={rawAnswerId} className="text-sm font-semibold text-slate-700">
        Raw answer
      </h3>
      {rawAnswer ? (
        <section
          aria-labelledby={rawAnswerId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          tabIndex={0}
          className={`max-h-80 overflow-auto rounded-md bg-slate-900 p-3 ${focusRing}`}
        >
          <pre className="whitespace-pre-wrap break-all font-mono text-sm text-slate-50">
            {rawAnswer}
          </pre>
        </section>
      ) : (
        <p>
          <NotRecorded>No answer was received.</NotRecorded>
        </p>
      )}
    </div>
  );
}
