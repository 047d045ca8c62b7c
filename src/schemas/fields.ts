/**
 * Field types shared by the content schemas. Messages are in Chinese, written
 * for the media staff who edit the files.
 */
import { z } from 'astro/zod';
import OpeningHours from 'opening_hours';
import { parseContentDate } from '../lifecycle/beijing-time';
import { phoneKind } from '../services/phone';
import { charCount } from '../site/text';

// Zod's own messages (wrong type and so on) in Chinese too.
z.config(z.locales.zhCN());

/** Non-empty text after trimming. */
export const text = z.string({ error: '应填写文字' }).trim().min(1, { error: '不能为空' });

/** A date or datetime in Beijing time: `2026-11-22`, `2026-11-22T18:00`, `2026-11-22T18:00+08:00`. */
export const contentDate = z
  .union([z.string(), z.date()], { error: '应填写日期，例如 2026-11-22 或 2026-11-22T18:00+08:00' })
  .transform((value, ctx) => {
    if (value instanceof Date) return value;
    const parsed = parseContentDate(value);
    if (!parsed) {
      ctx.addIssue({
        code: 'custom',
        message: `「${value}」不是有效日期；请写成 2026-11-22 或 2026-11-22T18:00+08:00（北京时间）`,
      });
      return z.NEVER;
    }
    return parsed;
  });

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A region id from `regions.yaml` (existence is checked across files). */
export const regionId = z
  .string({ error: '应填写地区编号（regions.yaml 里的 id）' })
  .regex(KEBAB, { error: '地区编号只能用小写英文字母、数字和连字符，例如 qingshi-jiedao' });

/** The id of another entry: its file name without extension. */
export const entryId = text;

/** A path relative to the entry's own file, e.g. `./files/checklist.pdf`. */
export const relativeFile = text.refine((value) => !/^([a-z]+:|\/)/i.test(value), {
  error: '应写相对于本文件的路径，例如 ./files/清单.pdf，不要写网址或以 / 开头的路径',
});

/** A plain-language summary of at most 140 characters. */
export const summary = text.refine((value) => charCount(value) <= 140, {
  error: (issue) => `摘要最多 140 个字，现在有 ${charCount(String(issue.input))} 个字，请删减`,
});

export const tags = z.array(text, { error: '标签应写成列表，例如 [出行, 核酸检测]' });

export const lang = z.enum(['zh-Hans', 'zh-Hant'], { error: '语言只能是 zh-Hans（简体）或 zh-Hant（繁体）' });

export const draft = z.boolean({ error: 'draft 只能是 true 或 false' });

/** A phone number as people write it: landline with area code, mobile, service or 400/800 number. */
export const phone = z.coerce
  .string()
  .refine((value) => phoneKind(value) !== undefined, {
    error: (issue) =>
      `「${String(issue.input)}」不像可以拨打的电话号码；固话请带区号（如 0731-8xxxxxxx），手机写 11 位，服务号码如 12345，或 400/800 号码`,
  });

export const phones = z.array(phone, { error: '电话应写成列表，例如 [0731-8xxxxxxx]' });

/** Rules already parsed without error: many places share the same hours. */
const validHours = new Set<string>();

/** Opening hours in OpenStreetMap `opening_hours` syntax, checked by the opening_hours library. */
export const openingHours = text.superRefine((value, ctx) => {
  if (validHours.has(value)) return;
  try {
    new OpeningHours(value, null);
    validHours.add(value);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `「${value}」不是有效的营业时间写法（OpenStreetMap opening_hours 语法，例如 24/7 或 Mo-Fr 08:30-12:00,14:30-17:30）：${String(error).trim()}`,
    });
  }
});
