/** Whether a clinic site is operating, as the contract's `status` says. */
export type ClinicStatus = 'open' | 'paused' | 'closed';

export const CLINIC_STATUS_LABELS: Record<ClinicStatus, string> = {
  open: '开放',
  paused: '暂停',
  closed: '停用',
};
