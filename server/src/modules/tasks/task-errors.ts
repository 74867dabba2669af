import { CalendarNotCoveredError } from '@mofan/shared';
import { AppError, type FieldError, invalidField } from '../../errors';

export function throwFieldErrors(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors.map((e) => `${e.field}：${e.message}`).join('；'), errors);
}

export function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

/**
 * Runs deadline arithmetic; a date in a year the official calendar does not cover is a 400 that
 * says so and names the field, never a Monday–Friday guess.
 */
export function onCalendar<T>(field: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) throw invalidField(field, error.message);
    throw error;
  }
}
