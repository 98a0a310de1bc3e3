/** A request that passed the client code, parsing and token checks. */
export type AuthorizedRequest = {
  clientCode: string;
  body: Record<string, unknown>;
};
