import { z } from 'astro/zod';
import { contentDate, openingHours, phones, regionId, text } from './fields';

export const HOTLINE_CATEGORIES = ['应急', '医疗', '心理援助', '物资保障', '投诉举报', '交通出行', '综合咨询'] as const;

/** One hotline (`content/hotlines/<id>.yaml`). */
export const HotlineSchema = z.strictObject({
  /** What the line is. */
  name: text.meta({ title: '名称' }),
  /** Numbers as written for people; at least one. */
  phones: phones.min(1, { error: '至少填写一个电话号码' }).meta({ title: '电话' }),
  category: z.enum(HOTLINE_CATEGORIES, { error: `类别只能是 ${HOTLINE_CATEGORIES.join('、')} 之一` }).meta({ title: '类别' }),
  /** Opening hours in OpenStreetMap opening_hours syntax. */
  hours: openingHours.meta({ title: '服务时间', description: '例如 24/7，或 Mo-Fr 08:30-12:00,14:30-17:30（OpenStreetMap 写法）' }),
  region: regionId.optional().meta({ title: '地区' }),
  /** Languages and dialects answered. */
  languages: z.array(text, { error: '语言应写成列表，例如 [普通话, 长沙话]' }).optional().meta({ title: '接听语言' }),
  operator: text.optional().meta({ title: '运营单位' }),
  notes: text.optional().meta({ title: '备注' }),
  /** Date a person last called and confirmed the line. */
  verified: contentDate.meta({ title: '核实日期', description: '最近一次有人打电话或到场确认的日期' }),
});

export type Hotline = z.output<typeof HotlineSchema>;
