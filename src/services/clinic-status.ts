/** Whether a clinic site is operating, as the contract's `status` says. */
export type ClinicStatus = 'open' | 'paused' | 'closed';

export const CLINIC_STATUS_LABELS: Record<ClinicStatus, string> = {
  open: '开放',
  paused: '暂停',
  closed: '停用',
};

const ORDER: Record<ClinicStatus, number> = { open: 0, paused: 1, closed: 2 };

/** Open sites first, then paused, then closed; by name within each. */
export function byClinicStatus<T extends { data: { status: ClinicStatus; name: string } }>(a: T, b: T): number {
  return ORDER[a.data.status] - ORDER[b.data.status] || a.data.name.localeCompare(b.data.name, 'zh-Hans-CN');
}
