import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/checking/content-check';

const folder = join(import.meta.dirname, '../fixtures/check-bad-audio');

describe('rhyme recordings', () => {
  const { problems } = checkContentFolder(folder);
  const about = (id: string) => problems.filter((p) => p.file.endsWith(`rhymes/${id}.md`));

  it('rejects a file that is not audio at all, naming the file and field', () => {
    expect(about('fake')).toEqual([expect.objectContaining({ field: 'audio.file', message: expect.stringContaining('不是 mp3、m4a 或 ogg') })]);
  });
  it('rejects an mp3 saved with an .ogg name', () => {
    expect(about('misnamed')).toEqual([expect.objectContaining({ field: 'audio.file', message: expect.stringContaining('实际是 mp3') })]);
  });
  it('rejects a missing recording', () => {
    expect(about('missing')).toEqual([expect.objectContaining({ field: 'audio.file', message: expect.stringContaining('找不到音频文件') })]);
  });
  it('rejects an unsupported type by its name', () => {
    expect(about('wrongtype')).toEqual([expect.objectContaining({ field: 'audio.file' })]);
  });
});
