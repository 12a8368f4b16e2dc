/**
 * Building DOM safely: elements from `document.createElement`, text through `textContent`, never
 * `innerHTML`, so nothing the API returns can become markup.
 */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined>;

/** `el('a', { href: '/x', class: 'y' }, 'text', child)`: an element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Removes every child of `node`. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** A `<bdi>` around text whose direction may differ from its surroundings (names, Latin codes). */
export function bdi(text: string, attrs: Attrs = {}): HTMLElement {
  return el('bdi', attrs, text);
}

/** The element with this id, or an error naming it (the shell and pages always create it). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`no element #${id} on the page`);
  return node as T;
}
