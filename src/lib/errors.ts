/** Codes for failures the app expects and explains to people. */
export type AppErrorCode =
  | 'CSV_PARSE'
  | 'SCHEMA_MISMATCH'
  | 'MODEL_FORMAT'
  | 'MODEL_NOT_LOADED'
  | 'TRAINING_FAILED'
  | 'STORAGE_QUOTA'
  /** Another tab holds an older version of the database open; it must close or reload. */
  | 'STORAGE_BLOCKED'
  /** A dataset, run or model version is not stored (deleted, perhaps in another tab). */
  | 'STORAGE_NOT_FOUND'
  /** Storage refused a change that would break its rules (an empty name, deleting the champion). */
  | 'STORAGE_REFUSED'
  | 'OUTPUT_TOO_LARGE'
  | 'FILE_UNREADABLE'
  | 'WORKER_CRASHED';

const CODE_PREFIX = 'AppError:';

/**
 * An error with a machine-readable code. Only name, message and stack survive a worker boundary,
 * so the code travels inside `name` and {@link toAppError} rebuilds it on the other side.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = `${CODE_PREFIX}${code}`;
  }
}

/** Rebuilds an AppError from an error that crossed a worker boundary; other errors pass through. */
export function toAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof Error && error.name.startsWith(CODE_PREFIX)) {
    return new AppError(error.name.slice(CODE_PREFIX.length) as AppErrorCode, error.message);
  }
  return error;
}

/** A message fit to show a person, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
