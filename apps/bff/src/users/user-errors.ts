import type { Problem } from "@permit-desk/schema";

export class UsernameTakenError extends Error {
  readonly problem: Problem;

  constructor(readonly username: string) {
    super(`The username "${username}" is already taken.`);
    this.problem = { code: "username_taken", params: { username } };
    this.name = "UsernameTakenError";
  }
}

export class UserNotFoundError extends Error {
  constructor(readonly userId: string) {
    super(`No user has the id ${userId}.`);
    this.name = "UserNotFoundError";
  }
}
