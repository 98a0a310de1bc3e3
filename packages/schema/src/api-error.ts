import * as z from "zod/mini";
import { errorSchemaOf } from "./api.ts";
import { PARAM_MAX_LENGTH, PROBLEM_CODES, UNSHOWN_IN_PARAMS } from "./problems.ts";

/** A problem as an answer carries it: a code of the list, and the values its wording needs. */
export const problemSchema = z.object({
  code: z.enum(PROBLEM_CODES),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type WireProblem = z.infer<typeof problemSchema>;

/** A text parameter as answers carry it: one short line (`shownParam`). */
const paramTextSchema = z
  .string()
  .check(
    z.maxLength(PARAM_MAX_LENGTH),
    z.regex(new RegExp(`^[^${UNSHOWN_IN_PARAMS.source.slice(1, -1)}]*$`, "u")),
  );

/**
 * The one error shape every `/api` route answers with, every code checked against its list and
 * every text parameter one short line.
 */
export const apiErrorSchema = errorSchemaOf(z.enum(PROBLEM_CODES), paramTextSchema);
export type ApiError = z.infer<typeof apiErrorSchema>;
export type FieldErrors = NonNullable<ApiError["error"]["fieldErrors"]>;
