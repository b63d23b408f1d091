// A small helper to build DOM nodes; text always goes in as text nodes, never as HTML.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Only http(s) URLs become links: an article's URL comes from a feed or a client and is never
// trusted (a javascript: or data: URL would run when opened). Anything else is plain text.
export function webUrl(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null; // not an absolute URL
  }
}

export function externalLink(url, text) {
  const href = webUrl(url);
  if (href === null) return el("span", { class: "unlinked-url" }, text);
  return el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text);
}
