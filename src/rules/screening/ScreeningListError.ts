/** A screening-list file EARmark refuses: the message says what is wrong and where, in one line. */
export class ScreeningListError extends Error {
  override readonly name = 'ScreeningListError';
}
