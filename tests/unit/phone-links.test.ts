import { describe, expect, it } from 'vitest';
import { linkPhones } from '../../src/services/phone-links';

const links = (text: string) => (linkPhones(text) ?? []).flatMap((part) => (part.type === 'element' ? [String(part.properties?.href)] : []));

describe('numbers you can tap', () => {
  it.each([
    ['咨询电话：0731-84567890。', ['tel:073184567890']],
    ['请拨打 0700-01230001 或 138 0000 0000', ['tel:070001230001', 'tel:13800000000']],
    ['身体不适请拨打120', ['tel:120']],
    ['投诉可致电12345热线', ['tel:12345']],
    ['热线：（0731）84567890', ['tel:073184567890']],
    ['服务号码 400-123-4567 全天接听', ['tel:4001234567']],
  ])('links %s', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    '自2026-11-22起执行',
    '岚防指〔2026〕9号',
    '白沙镇新街1号（东门）',
    '暂停举办120人以上的活动',
    '每天8:00-18:00开放',
    '第12345号文件',
    '体温37.3℃以上',
  ])('leaves %s as text', (text) => {
    expect(links(text)).toEqual([]);
  });

  it('keeps the text around a number', () => {
    const parts = linkPhones('请拨打 0731-84567890 咨询')!;
    expect(parts.map((p) => (p.type === 'text' ? p.value : `[${String(p.properties?.href)}]`)).join('')).toBe('请拨打 [tel:073184567890] 咨询');
  });
});
