import { describe, expect, it } from 'vitest';
import { RegionTree, type RegionNode } from '../../src/site/region-tree';

// Deliberately not in tree order: a child is listed before its parent.
const REGIONS: RegionNode[] = [
  { id: 'shuikou-cun', name: '水口村', parent: 'baisha-zhen' },
  { id: 'lanxi', name: '岚溪区' },
  { id: 'qingshi-jiedao', name: '青石街道', parent: 'lanxi' },
  { id: 'baisha-zhen', name: '白沙镇', parent: 'lanxi' },
  { id: 'fengshuwan-zu', name: '枫树湾组', parent: 'shuikou-cun' },
];

const tree = new RegionTree(REGIONS);
const ids = (nodes: RegionNode[]) => nodes.map((node) => node.id);

describe('RegionTree', () => {
  it('finds the root: the region without a parent', () => {
    expect(tree.root.id).toBe('lanxi');
  });

  it('refuses a region list without a root', () => {
    expect(() => new RegionTree([{ id: 'a', name: 'A', parent: 'b' }, { id: 'b', name: 'B', parent: 'a' }])).toThrow();
  });

  it('gives the path from the root down to the region', () => {
    expect(ids(tree.path('fengshuwan-zu'))).toEqual(['lanxi', 'baisha-zhen', 'shuikou-cun', 'fengshuwan-zu']);
    expect(ids(tree.path('lanxi'))).toEqual(['lanxi']);
    expect(tree.path('nowhere')).toEqual([]);
  });

  it('lists direct children only', () => {
    expect(ids(tree.children('lanxi')).sort()).toEqual(['baisha-zhen', 'qingshi-jiedao']);
  });

  it('collects a region and everything inside it, at any depth', () => {
    expect([...tree.subtreeIds('baisha-zhen')].sort()).toEqual(['baisha-zhen', 'fengshuwan-zu', 'shuikou-cun']);
    expect(tree.subtreeIds('lanxi').size).toBe(REGIONS.length);
    expect([...tree.subtreeIds('qingshi-jiedao')]).toEqual(['qingshi-jiedao']);
  });

  it('scopes an entry without a region to the root', () => {
    expect(tree.regionOf(undefined).id).toBe('lanxi');
    expect(tree.regionOf('shuikou-cun').id).toBe('shuikou-cun');
  });

  describe('contains', () => {
    it('holds an entry in its own region and in every ancestor', () => {
      expect(tree.contains('shuikou-cun', 'shuikou-cun')).toBe(true);
      expect(tree.contains('baisha-zhen', 'fengshuwan-zu')).toBe(true);
      expect(tree.contains('lanxi', 'fengshuwan-zu')).toBe(true);
    });

    it('does not hold an entry from a sibling or a parent region', () => {
      expect(tree.contains('qingshi-jiedao', 'shuikou-cun')).toBe(false);
      expect(tree.contains('shuikou-cun', 'baisha-zhen')).toBe(false);
    });

    it('treats an entry without a region as area-wide: only the root contains it', () => {
      expect(tree.contains('lanxi', undefined)).toBe(true);
      expect(tree.contains('baisha-zhen', undefined)).toBe(false);
    });
  });

  it('orders regions parent before children, with their depth, for menus', () => {
    const ordered = tree.ordered();
    expect(ordered.map((node) => [node.id, node.depth])).toEqual([
      ['lanxi', 0],
      ['qingshi-jiedao', 1],
      ['baisha-zhen', 1],
      ['shuikou-cun', 2],
      ['fengshuwan-zu', 3],
    ]);
    expect(ordered[0]).toMatchObject({ name: '岚溪区' });
  });
});
