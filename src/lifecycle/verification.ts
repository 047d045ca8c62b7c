/** Whether a hotline or clinic needs a fresh call: not verified for too long at build time. */
import { beijingDaysBetween } from './beijing-time';

export function needsVerification(verified: Date, now: Date, withinDays: number): boolean {
  return beijingDaysBetween(verified, now) > withinDays;
}
