/** The region tree from `regions.yaml`: the root, ancestors and descendants. */

export interface RegionNode {
  id: string;
  name: string;
  parent?: string;
}

export class RegionTree {
  readonly byId: ReadonlyMap<string, RegionNode>;
  readonly root: RegionNode;
  /** Subtrees are asked for once per entry on every region page and feed: computed once each. */
  private readonly subtrees = new Map<string, Set<string>>();

  constructor(readonly regions: readonly RegionNode[]) {
    this.byId = new Map(regions.map((region) => [region.id, region]));
    const root = regions.find((region) => !region.parent);
    if (!root) throw new Error('regions.yaml has no root region (one without parent)');
    this.root = root;
  }

  /** The region an entry belongs to: its own, or the root when it names none. */
  regionOf(regionId: string | undefined): RegionNode {
    return (regionId && this.byId.get(regionId)) || this.root;
  }

  children(regionId: string): RegionNode[] {
    return this.regions.filter((region) => region.parent === regionId);
  }

  /** From the root down to the region itself. */
  path(regionId: string): RegionNode[] {
    const path: RegionNode[] = [];
    for (let node = this.byId.get(regionId); node; node = node.parent ? this.byId.get(node.parent) : undefined) path.unshift(node);
    return path;
  }

  /** The region and every region inside it. */
  subtreeIds(regionId: string): Set<string> {
    const known = this.subtrees.get(regionId);
    if (known) return known;
    const ids = new Set<string>([regionId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const region of this.regions) {
        if (region.parent && ids.has(region.parent) && !ids.has(region.id)) {
          ids.add(region.id);
          grew = true;
        }
      }
    }
    this.subtrees.set(regionId, ids);
    return ids;
  }

  /** True when an entry scoped to `entryRegion` (root when absent) lies within `regionId`. */
  contains(regionId: string, entryRegion: string | undefined): boolean {
    return this.subtreeIds(regionId).has(this.regionOf(entryRegion).id);
  }

  /** Regions in tree order (parent before children), for menus. */
  ordered(): Array<RegionNode & { depth: number }> {
    const out: Array<RegionNode & { depth: number }> = [];
    const walk = (node: RegionNode, depth: number) => {
      out.push({ ...node, depth });
      this.children(node.id).forEach((child) => walk(child, depth + 1));
    };
    walk(this.root, 0);
    return out;
  }
}
