/** Notices for unit tests of statuses, chains and status files: dates written as authors write them. */
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import type { NoticeLike } from '../../src/lifecycle/notice-status';

/** A content date as the site reads it (Beijing time). */
export const d = (text: string): Date => {
  const date = parseContentDate(text);
  if (!date) throw new Error(`bad test date ${text}`);
  return date;
};

export interface NoticeFields {
  issued: string;
  effective?: string;
  expires?: string;
  /** The withdrawal date; the reason is always 疫情形势变化. */
  withdrawn?: string;
  supersedes?: string[];
  urgent?: boolean;
}

/** A notice titled `通告 <id>`. */
export function notice(id: string, fields: NoticeFields): NoticeLike & { data: { title: string; urgent?: boolean } } {
  return {
    id,
    data: {
      title: `通告 ${id}`,
      issued: d(fields.issued),
      effective: fields.effective ? d(fields.effective) : undefined,
      expires: fields.expires ? d(fields.expires) : undefined,
      withdrawn: fields.withdrawn ? { date: d(fields.withdrawn), reason: '疫情形势变化' } : undefined,
      supersedes: fields.supersedes,
      urgent: fields.urgent,
    },
  };
}
