/** The text of a new hotline or clinic file (YAML, one entry a file). */
import type { ClinicDraft, HotlineDraft } from './drafts';
import { commentedFields, yamlFields } from './yaml-text';

const HEADING = '以下是可选项：需要时去掉行首的“# ”再填写';

export function renderHotline(draft: HotlineDraft): string {
  const fields = yamlFields(
    {
      name: draft.name,
      phones: draft.phones,
      category: draft.category,
      hours: draft.hours,
      region: draft.region,
      operator: draft.operator,
      verified: draft.verified,
    },
    { quoted: ['phones'] },
  );
  const optional: Array<readonly [string, string?]> = [
    ['languages: [普通话]', '接听的语言和方言'],
    ...(draft.operator ? [] : [['operator: 某某办公室', '运营单位'] as const]),
    ['notes: 一小段说明，例如什么情况打这个电话', '备注'],
  ];
  return fields + commentedFields(HEADING, optional);
}

export function renderClinic(draft: ClinicDraft): string {
  const fields = yamlFields(
    {
      name: draft.name,
      kind: draft.clinicKind,
      address: draft.address,
      region: draft.region,
      phones: draft.phones?.length ? draft.phones : undefined,
      hours: draft.hours,
      verified: draft.verified,
    },
    { quoted: ['phones'] },
  );
  const optional: Array<readonly [string, string?]> = [
    ['location: { lat: 纬度, lng: 经度 }', '换成数字（WGS-84 经纬度），地图要用'],
    ...(draft.phones?.length ? [] : [['phones: ["区号-号码"]', '电话，换成真实号码'] as const]),
    ['services: [预检分诊, 核酸检测]', '服务项目'],
    ['status: paused', '暂停时写 paused，停用时写 closed；开放时不用写'],
    ['notes: 一小段说明，例如从哪个门进、要带什么', '备注'],
  ];
  return fields + commentedFields(HEADING, optional);
}
