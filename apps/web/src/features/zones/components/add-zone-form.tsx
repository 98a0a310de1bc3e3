import { zodResolver } from "@hookform/resolvers/zod";
import { zoneInputSchema } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Field } from "../../../components/ui/field.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorMessages } from "../../../lib/form-errors.ts";
import { type NewZone, useAddZone } from "../api/add-zone.ts";

export function AddZoneForm() {
  const addZone = useAddZone();
  const { register, handleSubmit, formState, reset } = useForm<NewZone>({
    resolver: zodResolver(zoneInputSchema),
    defaultValues: { name: "" },
  });
  const submit = handleSubmit((zone) =>
    addZone.mutate(
      { ...zone, active: true },
      {
        onSuccess: () => reset(),
      },
    ),
  );
  const problem = addZone.isError ? problemOf(addZone.error) : undefined;
  return (
    <form noValidate onSubmit={submit} className="space-y-4" aria-labelledby="add-zone">
      <h2 id="add-zone" className="text-lg font-semibold">
        Add a zone
      </h2>
      {problem && (
        <Alert tone="error" title="The zone was not added">
          <p>{problem.message}</p>
        </Alert>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <Field
          className="min-w-64 flex-1"
          label="Zone name"
          inputProps={register("name")}
          hint="Exactly as configured in OPSCOM (Parking Zone Administration): OPSCOM refuses any other spelling."
          errors={fieldErrorMessages(formState.errors.name)}
        />
      </div>
      <Button type="submit" disabled={addZone.isPending}>
        Add zone
      </Button>
    </form>
  );
}
