import { zodResolver } from "@hookform/resolvers/zod";
import { zoneInputSchema } from "@permit-desk/schema";
import { useForm } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { Field } from "../../components/ui/field.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { type NewZone, useAddZone } from "./api.ts";
import { zonesMessages } from "./messages.ts";

export function AddZoneForm() {
  const addZone = useAddZone();
  const t = useMessages(zonesMessages);
  const fieldErrorMessages = useFieldErrorMessages();
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
  return (
    <form noValidate onSubmit={submit} className="space-y-4" aria-labelledby="add-zone">
      <h2 id="add-zone" className="text-lg font-semibold">
        {t("addZoneHeading")}
      </h2>
      <ProblemAlert title={t("zoneNotAdded")} error={addZone.error} />
      <div className="flex flex-wrap items-end gap-3">
        <Field
          className="min-w-64 flex-1"
          label={t("zoneName")}
          inputProps={register("name")}
          hint={t("zoneNameHint")}
          errors={fieldErrorMessages(formState.errors.name)}
        />
      </div>
      <Button type="submit" disabled={addZone.isPending}>
        {t("addZone")}
      </Button>
    </form>
  );
}
