import { walk } from '@kap/tree-walk';
import type { Heading, Nodes, Root } from 'mdast';

/**
 * The spoken place of every heading: `Section 2 of 5.` for an h2, `Section 2, part 1 of 3.`
 * for an h3, `Section 2, part 1, point 2 of 2.` for deeper ones. A listener who jumps in
 * with find ("Section 2") lands on the section and every part of it, and "N of M" says how
 * much is left (reference P3). An h1 is the title and has no place.
 */
export function headingPlaces(tree: Root): Map<Heading, string> {
  const headings: Heading[] = [];
  walk<Nodes>(tree, (node) => {
    if (node.type === 'heading') headings.push(node);
  });

  // Count the members of each group first: an h3's "of M" is the h3s under its h2.
  const groupSizes = new Map<string, number>();
  const keys = new Map<Heading, { group: string; index: number; prefix: string }>();
  const counters = [0, 0, 0];
  for (const heading of headings) {
    if (heading.depth < 2) continue;
    const level = Math.min(heading.depth, 4) - 2;
    counters[level] = (counters[level] ?? 0) + 1;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    const group = counters.slice(0, level).join('.');
    groupSizes.set(group, (groupSizes.get(group) ?? 0) + 1);
    keys.set(heading, { group, index: counters[level] ?? 1, prefix: placePrefix(counters, level) });
  }

  const places = new Map<Heading, string>();
  for (const [heading, { group, index, prefix }] of keys) {
    const word = ['Section', 'part', 'point'][Math.min(heading.depth, 4) - 2] ?? 'point';
    const place = `${word} ${index} of ${groupSizes.get(group) ?? index}.`;
    places.set(heading, prefix ? `${prefix}, ${place}` : capitalise(place));
  }
  return places;
}

function placePrefix(counters: number[], level: number): string {
  const names = ['Section', 'part'];
  const parts: string[] = [];
  for (let index = 0; index < level; index++) {
    const count = counters[index] ?? 0;
    // An h3 before any h2 has no section to name.
    if (count > 0) parts.push(`${names[index]} ${count}`);
  }
  return parts.length > 0 ? capitalise(parts.join(', ')) : '';
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
