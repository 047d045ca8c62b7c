import { z } from 'astro/zod';
import { contentDate, openingHours, phones, regionId, text } from './fields';

export const CLINIC_KINDS = ['发热门诊', '发热哨点', '核酸采样点', '疫苗接种点'] as const;
export const CLINIC_STATUSES = ['open', 'paused', 'closed'] as const;

/** A fever clinic or other health service site (`content/clinics/<id>.yaml`). */
export const ClinicSchema = z.strictObject({
  name: text.meta({ title: '名称' }),
  kind: z.enum(CLINIC_KINDS, { error: `类型只能是 ${CLINIC_KINDS.join('、')} 之一` }).meta({ title: '类型' }),
  /** Street address as people write it. */
  address: text.meta({ title: '地址' }),
  region: regionId.meta({ title: '地区' }),
  /** WGS-84 degrees. */
  location: z
    .strictObject(
      {
        lat: z.number({ error: '纬度应为数字' }).min(-90, { error: '纬度应在 -90 到 90 之间' }).max(90, { error: '纬度应在 -90 到 90 之间' }).meta({ title: '纬度' }),
        lng: z.number({ error: '经度应为数字' }).min(-180, { error: '经度应在 -180 到 180 之间' }).max(180, { error: '经度应在 -180 到 180 之间' }).meta({ title: '经度' }),
      },
      { error: '位置应写成 { lat, lng }（WGS-84 经纬度）' },
    )
    .optional()
    .meta({ title: '位置' }),
  phones: phones.optional().meta({ title: '电话' }),
  hours: openingHours.meta({ title: '服务时间', description: '例如 24/7，或 Mo-Fr 08:30-12:00,14:30-17:30（OpenStreetMap 写法）' }),
  /** open (default), paused (暂停) or closed (停用). */
  status: z.enum(CLINIC_STATUSES, { error: '状态只能是 open（开放）、paused（暂停）或 closed（停用）' }).default('open').meta({ title: '状态' }),
  services: z.array(text, { error: '服务项目应写成列表，例如 [预检分诊, 核酸检测]' }).optional().meta({ title: '服务项目' }),
  notes: text.optional().meta({ title: '备注' }),
  verified: contentDate.meta({ title: '核实日期', description: '最近一次有人打电话或到场确认的日期' }),
});

export type Clinic = z.output<typeof ClinicSchema>;
