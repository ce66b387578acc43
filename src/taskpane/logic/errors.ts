import type { Locale } from '../../core/options';
import { HostError, hostErrorText } from '../../office/errors';
import type { Strings } from '../i18n';

export interface ShownError {
  message: string;
  /** The error's own text when it was not written for users, kept for whoever helps them. */
  detail?: string;
}

/**
 * Errors from hosts and readers (HostError, InputError) carry a line written for the user that
 * already says what to do next; anything else is an unexpected failure and gets the generic advice.
 */
export function describeError(error: unknown, strings: Strings, locale: Locale = 'zh'): ShownError {
  if (error instanceof HostError) {
    const message = hostErrorText(error.code, locale, error.sheet);
    return error.detail ? { message, detail: error.detail } : { message };
  }
  if (error instanceof Error && (error.name === 'HostError' || error.name === 'InputError')) {
    return { message: error.message };
  }
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return detail ? { message: strings.errors.generic, detail } : { message: strings.errors.generic };
}
