/**
 * Errors shaped like office-js's OfficeExtension.Error (name "RichApi.Error", a `code`, and
 * `debugInfo`), so production code that inspects `error.code` behaves as it would in Excel.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const propertyNotLoaded = (property: string): FakeOfficeError =>
  new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);

export const invalidArgument = (why: string): FakeOfficeError =>
  new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${why})`);

export const accessDenied = (sheetName: string): FakeOfficeError =>
  new FakeOfficeError(
    'AccessDenied',
    `The cell or chart you're trying to change is on a protected sheet (${sheetName}).`,
  );

export const invalidObjectPath = (): FakeOfficeError =>
  new FakeOfficeError(
    'InvalidObjectPath',
    'The object path is not valid: the object was created in a request context whose Excel.run has ended.',
  );

export const requestTooLarge = (bytes: number, limit: number): FakeOfficeError =>
  new FakeOfficeError(
    'RequestPayloadSizeLimitExceeded',
    `The request payload size (${bytes} bytes) has exceeded the limit (${limit} bytes).`,
  );

export const responseTooLarge = (detail: string): FakeOfficeError =>
  new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit. ${detail}`);

export const cellEditMode = (): FakeOfficeError =>
  new FakeOfficeError('InvalidOperationInCellEditMode', "The operation isn't available while Excel is in Edit cell mode. Exit edit mode and try again.");
