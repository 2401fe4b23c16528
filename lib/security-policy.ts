// The security numbers (DESIGN.md §5), in one place that the code and the tests both read.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const POLICY = {
  password: { minLength: 8, maxLength: 64, commonListSize: 10_000 },
  /** argon2id, m = 19 MiB, t = 2, p = 1; the parameters are stored with each hash. */
  argon2: { memoryCost: 19_456, timeCost: 2, parallelism: 1 },
  emailConfirmationTtlMs: 24 * HOUR,
  resetLinkTtlMs: 30 * MINUTE,
  /** The "this wasn't me" link in a security notice. */
  notMeLinkTtlMs: 7 * 24 * HOUR,
  /** Wrong security-answer rounds allowed on one reset link before it stops working. */
  resetAnswerRounds: 3,
  /**
   * Sign-up, "Didn't receive confirmation instructions?" and "Forgot your password?" answer no sooner
   * than this: an email with an account writes more than one without, and the time must not tell.
   */
  emailAnswerFloorMs: 150,
  otp: {
    digits: 6,
    ttlMs: 10 * MINUTE,
    maxAttempts: 5,
    resendMinIntervalMs: 30_000,
    resendPerHour: 5,
  },
  totp: { periodSeconds: 30, toleranceSteps: 1, secretBytes: 20 },
  backupCode: { length: 16 },
  securityQuestions: { count: 5, answerMaxLength: 100 },
  signIn: { lockAfterFailures: 5, lockMs: 20 * MINUTE, otpLockAfterFailures: 10, otpLockMs: 10 * MINUTE },
  session: { absoluteMs: 12 * HOUR, warnBeforeIdleMs: 2 * MINUTE, reauthWindowMs: 20 * MINUTE },
  rateLimits: {
    signUpPerIpPerHour: 30,
    confirmationResendPerEmailPerHour: 5,
    confirmationResendPerIpPerHour: 30,
    signInPerIpPerHour: 100,
    signInPerAccountPerHour: 30,
    /** Failed sign-ins from one address (per hour) after which a proof-of-work is required. */
    powAfterIpFailures: 3,
    powWindowMs: HOUR,
    resetRequestPerEmailPerHour: 5,
    resetRequestPerIpPerHour: 30,
    /** Attempts to add a paper-filed case (receipt number + Online Access Code), successful or not. */
    caseLinkPerAccountPerHour: 10,
    caseLinkPerIpPerHour: 30,
    /** Secure messages an applicant may send (new threads and replies together). */
    messagesPerAccountPerHour: 20,
    /** Invitations to review a form emailed to a client: per form, and per representative over all forms. */
    clientInvitationsPerFilingPerHour: 3,
    clientInvitationsPerRepresentativePerHour: 20,
  },
  /** Proof-of-work (ALTCHA, SHA-256): the solver tries up to maxNumber hashes (about half on average). */
  proofOfWork: { maxNumber: 50_000, ttlMs: 10 * MINUTE },
  /** Longest accepted value of any text field; longer input is refused with a message. */
  fieldMaxLength: { email: 254, phone: 32, code: 32 },
} as const;
