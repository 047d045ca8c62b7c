import { describe, expect, it } from 'vitest';
import { d, notice } from '../helpers/test-notices';
import { chainSentence, noticeChain, withChains } from '../../src/lifecycle/notice-chain';
import { withStatuses } from '../../src/lifecycle/notice-status';

const NOW = d('2026-11-15T12:00');
const n1 = notice('n1', { issued: '2026-11-01' });
const n2 = notice('n2', { issued: '2026-11-05', supersedes: ['n1'] });
const n3 = notice('n3', { issued: '2026-11-10', supersedes: ['n2'] });

describe('noticeChain: the chain end and the steps, with their statuses', () => {
  it('names the notice in force at the end and the ones between', () => {
    const published = withStatuses([n1, n2, n3], NOW);
    const chain = noticeChain(n1, published, NOW)!;
    expect(chain.end).toEqual({ id: 'n3', title: '通告 n3', url: '/notices/n3/', status: 'in-force', label: '有效' });
    expect(chain.steps).toEqual([{ id: 'n2', title: '通告 n2', url: '/notices/n2/', status: 'superseded', label: '已被替代' }]);
    expect(noticeChain(n3, published, NOW)).toBeUndefined();
  });

  it('says so when the chain ends in a notice that is itself withdrawn or expired', () => {
    for (const [fields, label] of [[{ withdrawn: '2026-11-12' }, '已撤销'], [{ expires: '2026-11-12' }, '已失效']] as const) {
      const last = notice('n2', { issued: '2026-11-05', supersedes: ['n1'], ...fields });
      const published = withChains(withStatuses([n1, last], NOW), NOW);
      const first = published.find((n) => n.id === 'n1')!;
      expect(first.chain?.end).toMatchObject({ id: 'n2', label });
      const sentence = chainSentence(first);
      expect(sentence.before).toBe('替代它的最新通告是：');
      expect(sentence.after).toBe(`（${label}）。此后的通告也${label}，目前没有现行有效的替代通告。`);
    }
  });

  it('is named in feeds and search only for a replaced notice', () => {
    const published = withChains(withStatuses([n1, n2], NOW), NOW);
    expect(chainSentence(published.find((n) => n.id === 'n1')!)).toMatchObject({ before: '现行有效的是：', after: '', end: { id: 'n2' } });
    expect(chainSentence(published.find((n) => n.id === 'n2')!)).toEqual({ before: '', after: '' });
  });
});
