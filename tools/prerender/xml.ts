import { escapeXml } from '../../src/seo';

/** A tiny element builder for the generated XML, so escaping cannot be forgotten at a call site. */
export type XmlNode = string | { el: string; attrs?: Record<string, string>; children?: XmlNode[] };

export function xml(node: XmlNode, indent = ''): string {
  if (typeof node === 'string') return indent + escapeXml(node);
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.el}${attrs}/>`;
  if (children.length === 1 && typeof children[0] === 'string') {
    return `${indent}<${node.el}${attrs}>${escapeXml(children[0])}</${node.el}>`;
  }
  const inner = children.map((c) => xml(c, `${indent}  `)).join('\n');
  return `${indent}<${node.el}${attrs}>\n${inner}\n${indent}</${node.el}>`;
}

export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml(root)}\n`;
}

/** `{ el, children: [text] }` for the common leaf. */
export const leaf = (el: string, text: string, attrs?: Record<string, string>): XmlNode => ({ el, attrs, children: [text] });
