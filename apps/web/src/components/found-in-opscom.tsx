/** The reference staff found in OPSCOM for a permit OPSCOM never confirmed. */
export function FoundInOpscom({ referenceId, lead }: { referenceId: string; lead: string }) {
  return (
    <>
      {lead} <span className="break-all font-mono font-semibold">{referenceId}</span>
    </>
  );
}
