import type { AuditTrail } from "./audit/audit-trail.ts";
import type { PasswordHashing } from "./auth/passwords.ts";
import type { Sessions } from "./auth/sessions.ts";
import type { SignInThrottle } from "./auth/sign-in-throttle.ts";
import type { BatchRunner } from "./batches/batch-runner.ts";
import type { Batches } from "./batches/batch-store.ts";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { DayFiguresStore } from "./day/day-figures.ts";
import type { Drain } from "./http/draining.ts";
import type { IdempotencyKeys } from "./journal/idempotency-keys.ts";
import type { Journal } from "./journal/journal.ts";
import type { PermitChanges, Submissions } from "./journal/write-stores.ts";
import type { Logger } from "./logger.ts";
import type { AwaitingFinding, Metrics } from "./operations/metrics.ts";
import type { OpscomHealthMonitor } from "./operations/opscom-health.ts";
import type { OpscomClient } from "./opscom/client.ts";
import type { IssueSettings } from "./permits/issue-permit.ts";
import type { Templates } from "./templates/templates.ts";
import type { Users } from "./users/users.ts";
import type { Zones } from "./zones/zones.ts";

/** Everything the app needs from outside, so tests can hand in fakes. */
export type AppDeps = {
  config: Config;
  opscom: OpscomClient;
  issueSettings: IssueSettings;
  logger: Logger;
  journal: Journal;
  idempotencyKeys: IdempotencyKeys;
  submissions: Submissions;
  permitChanges: PermitChanges;
  clock: Clock;
  users: Users;
  zones: Zones;
  templates: Templates;
  sessions: Sessions;
  signInThrottle: SignInThrottle;
  /** Every argon2id hash and verification, a bounded number at a time. */
  passwords: PasswordHashing;
  audit: AuditTrail;
  /** Whether the server still takes requests, and those it is finishing. */
  drain: Drain;
  /** `select 1` answered within two seconds (readiness). */
  databaseAnswers: () => Promise<boolean>;
  awaitingFinding: () => Promise<AwaitingFinding>;
  /** What `/metrics` shows; counted where each outcome is decided (decision 026). */
  metrics: Metrics;
  /** Recent calls to OPSCOM, judged failing or not; `opscom` reports each call to it. */
  opscomHealth: OpscomHealthMonitor;
  /** Lists issued on the server (decision 029), and what sends their rows. */
  batches: Batches;
  batchRunner: BatchRunner;
  /** A day's figures, counted by the database. */
  day: DayFiguresStore;
};
