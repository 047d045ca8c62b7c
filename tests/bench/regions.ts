/** The synthetic site's fictional district: one root, a dozen towns and streets, about a hundred villages. */
import type { Random } from './random';
import * as V from './vocabulary';

export interface Region {
  id: string;
  name: string;
  parent?: string;
}

export const ROOT: Region = { id: 'lanchuan', name: '岚川区' };

/** A fictional place name that has not been used yet, with its pinyin. */
function placeName(r: Random, used: Set<string>): [string, string] {
  for (;;) {
    const [head, headPinyin] = r.pick(V.PLACE_HEADS);
    const [tail, tailPinyin] = r.pick(V.PLACE_TAILS);
    if (!used.has(head + tail)) {
      used.add(head + tail);
      return [head + tail, headPinyin + tailPinyin];
    }
  }
}

export function makeRegions(r: Random, towns = 12, villagesPerTown: [number, number] = [6, 10]): Region[] {
  const used = new Set<string>();
  const ids = new Set<string>([ROOT.id]);
  const unique = (id: string) => {
    let candidate = id;
    for (let k = 2; ids.has(candidate); k++) candidate = `${id}-${k}`;
    ids.add(candidate);
    return candidate;
  };
  const regions: Region[] = [ROOT];
  for (let t = 0; t < towns; t++) {
    const [name, pinyin] = placeName(r, used);
    const [kind, kindId] = r.pick(V.TOWN_KINDS);
    const town: Region = { id: unique(`${pinyin}-${kindId}`), name: name + kind, parent: ROOT.id };
    regions.push(town);
    const villages = r.int(...villagesPerTown);
    for (let v = 0; v < villages; v++) {
      const [vName, vPinyin] = placeName(r, used);
      const [vKind, vKindId] = kindId === 'jiedao' ? V.VILLAGE_KINDS[1] : r.pick(V.VILLAGE_KINDS);
      regions.push({ id: unique(`${vPinyin}-${vKindId}`), name: vName + vKind, parent: town.id });
    }
  }
  return regions;
}
