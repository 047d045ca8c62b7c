import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/checking/content-check';
import { UNFINISHED_MESSAGE } from '../../src/checking/unfinished-rules';

const notice = (extra: string) => `---
title: 测试通告
docType: 通告
authority: 测试指挥部
issued: 2026-11-20
${extra}---

第一段。

（请在这里写正文，写好后删去这一行。）
`;

describe('nothing unfinished publishes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unfinished-'));
  cpSync(join(import.meta.dirname, '../fixtures/check-valid/content'), dir, { recursive: true });
  writeFileSync(join(dir, 'notices/2026-11-20-weiwancheng.md'), notice(''));
  writeFileSync(join(dir, 'notices/2026-11-20-caogao.md'), notice('draft: true\n'));
  writeFileSync(join(dir, 'notices/2099-01-01-dingshi.md'), notice('').replace('issued: 2026-11-20', 'issued: 2099-01-01'));
  const problems = checkContentFolder(dir).problems.filter((p) => p.message === UNFINISHED_MESSAGE);

  it('refuses placeholder text in a published or scheduled entry, at its line in the file', () => {
    expect(problems.map((p) => `${p.file.split('/').pop()}:${p.line}`).sort()).toEqual(['2026-11-20-weiwancheng.md:10', '2099-01-01-dingshi.md:10']);
  });

  it('lets a draft keep it', () => {
    expect(problems.some((p) => p.file.endsWith('caogao.md'))).toBe(false);
  });
});
