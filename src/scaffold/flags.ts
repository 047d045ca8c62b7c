/**
 * `npm run new -- --kind 通告 --title … --yes`: command-line flags read into
 * answers. Anything a flag gives is not asked again at the prompts.
 */
import { parseArgs } from 'node:util';
import type { Answers } from './answers';
import { kindFromName, KIND_FLAG_VALUES } from './kinds';
import { AnswerError } from './notice-actions';

export interface Flags {
  answers: Answers;
  /** `--content <dir>`: another content folder. */
  content?: string;
  /** `--yes`: ask nothing; take the proposed number and today's date. */
  yes: boolean;
  help: boolean;
}

const OPTIONS = {
  kind: { type: 'string' },
  supersede: { type: 'string' },
  withdraw: { type: 'string' },
  title: { type: 'string' },
  authority: { type: 'string', multiple: true },
  date: { type: 'string' },
  issued: { type: 'string' },
  published: { type: 'string' },
  verified: { type: 'string' },
  region: { type: 'string' },
  'series-no': { type: 'string' },
  'no-series': { type: 'boolean' },
  summary: { type: 'string' },
  urgent: { type: 'boolean' },
  draft: { type: 'boolean' },
  author: { type: 'string', multiple: true },
  source: { type: 'string' },
  form: { type: 'string' },
  dialect: { type: 'string' },
  name: { type: 'string' },
  phone: { type: 'string', multiple: true },
  category: { type: 'string' },
  hours: { type: 'string' },
  type: { type: 'string' },
  address: { type: 'string' },
  operator: { type: 'string' },
  reason: { type: 'string' },
  content: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `0731-1234567, 12345` → both numbers: phones may come in one flag or several. */
export function splitList(values: readonly string[] | undefined, separators = /[,，、;；\s]+/): string[] | undefined {
  const items = values?.flatMap((value) => value.split(separators)).map((item) => item.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}

function seriesNoFlag(value: string | undefined, none: boolean | undefined): number | null | undefined {
  if (none) return null;
  if (value === undefined) return undefined;
  const n = Number(value.replace(/^第|号$/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new AnswerError(`--series-no「${value}」不对，应是正整数，例如 --series-no 4`);
  return n;
}

function targetOf(kind: string | undefined, supersede: string | undefined, withdraw: string | undefined) {
  const given = [kind && '--kind', supersede && '--supersede', withdraw && '--withdraw'].filter(Boolean);
  if (given.length > 1) throw new AnswerError(`${given.join('、')} 一次只能用一个`);
  if (supersede) return { target: 'supersede' as const, notice: supersede };
  if (withdraw) return { target: 'withdraw' as const, notice: withdraw };
  if (kind === undefined) return {};
  const choice = kindFromName(kind);
  if (!choice) throw new AnswerError(`--kind「${kind}」不认识，可以写：${KIND_FLAG_VALUES.join('、')}`);
  return choice;
}

export function parseFlags(argv: readonly string[]): Flags {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new AnswerError(`命令行参数有误：${(error as Error).message}。运行 npm run new -- --help 查看用法`);
  }
  const dates = [values.date, values.issued, values.published, values.verified].filter((d) => d !== undefined);
  if (new Set(dates).size > 1) throw new AnswerError(`日期只写一个就好，现在写了 ${dates.join('、')}`);
  const answers: Answers = {
    ...targetOf(values.kind, values.supersede, values.withdraw),
    title: values.title,
    authority: values.authority?.map((a) => a.trim()).filter(Boolean),
    date: dates[0],
    region: values.region,
    seriesNo: seriesNoFlag(values['series-no'], values['no-series']),
    summary: values.summary,
    urgent: values.urgent,
    draft: values.draft,
    author: splitList(values.author, /[,，、]+/),
    source: values.source,
    form: values.form,
    dialect: values.dialect,
    name: values.name,
    phones: splitList(values.phone),
    category: values.category,
    hours: values.hours,
    clinicKind: values.type,
    address: values.address,
    operator: values.operator,
    reason: values.reason,
  };
  const defined = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== undefined)) as Answers;
  return { answers: defined, content: values.content, yes: values.yes ?? false, help: values.help ?? false };
}

export const USAGE = `用法：npm run new                      一步步回答问题，新建内容
      npm run new -- [选项] --yes        不提问，直接按选项新建（脚本用）

新建：
  --kind 通告|公告|通知|调度令 --title 标题 --authority 发布机关 [--authority 联合发布机关]
         [--issued 2026-11-25] [--region 地区编号] [--series-no 4 | --no-series] [--urgent] [--summary 摘要]
  --kind 文章   --title 标题 --author 作者 [--published 日期] [--source 来源] [--region 地区编号]
  --kind 顺口溜 --title 标题 --dialect 长沙话 [--form 三字经|快板|顺口溜|山歌|呱嗒板|儿歌|其他] [--published 日期]
  --kind 热线   --name 名称 --phone 号码 [--phone 号码] --category 类别 --hours "24/7" [--verified 日期] [--region 地区编号]
  --kind 门诊   --name 名称 --type 发热门诊|发热哨点|核酸采样点|疫苗接种点 --address 地址 --region 地区编号
                --hours "Mo-Su 08:00-20:00" [--phone 号码] [--verified 日期]
已有的通告：
  --supersede 通告编号 [--title 新标题] [--issued 日期] [--series-no N]   发布新一号替代它（旧文件不改）
  --withdraw 通告编号 --reason 撤销原因 [--date 日期]                       撤销（通告仍留在原网址）
其他：
  --draft          写成草稿（draft: true），暂不发布
  --content 文件夹  用另一个内容文件夹（默认 content/，也可以设 CONTENT_DIR）
  --yes, -y        不提问：编号用建议的第N号，日期用今天（北京时间）

日期都按北京时间，写成 2026-11-25 或 2026-11-25T18:00。通告编号就是 content/notices 里的文件名，不带 .md。`;
