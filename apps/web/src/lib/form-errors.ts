import { zodResolver } from "@hookform/resolvers/zod";
import { type ProblemAsRead, problemAsText } from "@permit-desk/schema";
import { type ComponentProps, useCallback } from "react";
import {
  type DefaultValues,
  type FieldError,
  type FieldPath,
  type FieldValues,
  get,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import type * as z from "zod/mini";
import { problemOf } from "./api-request-error.ts";
import type { Locale } from "./i18n/locale.ts";
import { useLocale } from "./i18n/locale-context.tsx";
import { fieldErrorWords } from "./i18n/problem-words.ts";

/**
 * The messages of a form field's error, in the reader's language. A field keeps the problems
 * themselves (the shared schemas' and the BFF's codes, one a line), so what is shown follows a
 * switch of language.
 */
export function fieldErrorMessages(
  error: FieldError | undefined,
  locale: Locale = "en-CA",
): string[] {
  if (!error?.message) return [];
  return fieldErrorWords(error.message, locale);
}

/** The BFF's problems of one field, as a form field's error keeps them. */
export function fieldErrorOf(problems: readonly ProblemAsRead[]): string {
  return problems.map(problemAsText).join("\n");
}

/** `fieldErrorMessages` in the language the user chose. */
export function useFieldErrorMessages(): (error: FieldError | undefined) => string[] {
  const { locale } = useLocale();
  return useCallback(
    (error: FieldError | undefined) => fieldErrorMessages(error, locale),
    [locale],
  );
}

/**
 * A form's fields as the shared fields take them: `field(name, props)` is an input's props,
 * registered under its name, and its errors; `errorsOf(name)` the errors of any other control,
 * or of the form as a whole (`root.form`).
 */
export function useFormFields<V extends FieldValues>({
  register,
  formState,
}: Pick<UseFormReturn<V>, "register" | "formState">) {
  const messages = useFieldErrorMessages();
  const errorsOf = (name: FieldPath<V> | `root.${string}`): string[] =>
    messages(get(formState.errors, name));
  const field = (name: FieldPath<V>, props: ComponentProps<"input"> = {}) => ({
    inputProps: { ...register(name), ...props },
    errors: errorsOf(name),
  });
  return { field, errorsOf };
}

/** A form checked by a shared schema, as the BFF checks what it is sent, and its fields. */
export function useSchemaForm<S extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  return { form, ...useFormFields(form) };
}

/**
 * A refusal of the form's own fields, shown beside them (kept as problems, so it follows the
 * language) with the first focused; `notAtFields` keeps it out of the form's alert.
 */
export function showRefusalAtFields<V extends FieldValues>(
  form: Pick<UseFormReturn<V>, "setError">,
  error: unknown,
  fields: readonly FieldPath<V>[],
): void {
  const { fieldErrors } = problemOf(error);
  const refused = fields.filter((name) => fieldErrors[name]?.length);
  for (const [index, name] of refused.entries()) {
    const message = fieldErrorOf(fieldErrors[name] ?? []);
    form.setError(name, { type: "server", message }, { shouldFocus: index === 0 });
  }
}

/** The error for a form's alert: none when the refusal is shown at these fields. */
export function notAtFields(error: unknown, fields: readonly string[]): unknown {
  if (!error) return null;
  const { fieldErrors } = problemOf(error);
  return fields.some((name) => fieldErrors[name]?.length) ? null : error;
}
