/**
 * An error Excel answers a request with: one of Excel's error codes and a message. The executor
 * turns it into the response office.js expects, and office.js raises its own OfficeExtension.Error.
 */
export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotAvailable'
  | 'ApiNotFound'
  | 'Conflict'
  | 'GeneralException'
  | 'InactiveWorkbook'
  | 'InsertDeleteConflict'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'MemoryLimitReached'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded';

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly location: string | undefined;

  constructor(code: FakeErrorCode, message: string, location?: string) {
    super(message);
    this.name = 'FakeOfficeError';
    this.code = code;
    this.location = location;
  }
}
