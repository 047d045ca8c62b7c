/** Whether a hotline or clinic needs a fresh call: not verified for too long at build time. */
import { startOfBeijingDay } from './beijing-time';

/**
 * The instant an entry verified at `verified` becomes 待核实: the start of the
 * first Beijing day more than `withinDays` whole days after the day it was
 * verified. The publisher republishes then (src/lifecycle/next-change.ts).
 */
export function verificationDueAt(verified: Date, withinDays: number): Date {
  return startOfBeijingDay(verified, Math.floor(withinDays) + 1);
}

/** True when more than `withinDays` Beijing calendar days have passed since `verified`. */
export function needsVerification(verified: Date, now: Date, withinDays: number): boolean {
  return now.getTime() >= verificationDueAt(verified, withinDays).getTime();
}
