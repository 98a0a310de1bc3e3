import * as z from "zod/mini";
import { errorSchemaOf } from "./api.ts";
import { PROBLEM_CODES } from "./problems.ts";

/** A problem as an answer carries it: a code of the list, and the values its wording needs. */
export const problemSchema = z.object({
  code: z.enum(PROBLEM_CODES),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type WireProblem = z.infer<typeof problemSchema>;

/** The one error shape every `/api` route answers with, every code checked against its list. */
export const apiErrorSchema = errorSchemaOf(z.enum(PROBLEM_CODES));
export type ApiError = z.infer<typeof apiErrorSchema>;
export type FieldErrors = NonNullable<ApiError["error"]["fieldErrors"]>;
