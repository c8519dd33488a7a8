// DOM helpers. Text always goes in through textContent or text nodes, never innerHTML: data can hold markup.

/** The element with this id; a missing one is a bug of the page, so it throws. */
export function byId<T extends HTMLElement>(id: string): T {
    var found = document.getElementById(id);
    if (!found) {
        throw new Error("Missing element #" + id);
    }
    return found as T;
}

/** A new element with an optional class and text. */
export function el(tag: string, className?: string, text?: string): HTMLElement {
    var node = document.createElement(tag);
    if (className) {
        node.className = className;
    }
    if (text !== undefined) {
        node.appendChild(document.createTextNode(text));
    }
    return node;
}

/** Appends children (elements or texts) and returns the parent. */
export function append(parent: HTMLElement, children: (Node | string)[]): HTMLElement {
    for (var i = 0; i < children.length; i++) {
        var child = children[i];
        parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
}

/** Removes every child. */
export function clear(node: HTMLElement): void {
    while (node.firstChild) {
        node.removeChild(node.firstChild);
    }
}

/** Replaces the node's content with text. */
export function setText(node: HTMLElement, text: string): void {
    clear(node);
    node.appendChild(document.createTextNode(text));
}

/**
 * Shows or hides: the hidden attribute (what the html starts with, since the host's Content-Security-Policy ignores
 * inline style attributes; base.css makes it win over any display rule) and style.display as well.
 */
export function show(node: HTMLElement, visible: boolean): void {
    if (visible) {
        node.removeAttribute("hidden");
    } else {
        node.setAttribute("hidden", "hidden");
    }
    node.style.display = visible ? "" : "none";
}

/** Adds a listener; returns nothing so callers cannot lean on a removal API IE11 handles differently. */
export function on(node: HTMLElement, event: string, handler: (event: Event) => void): void {
    node.addEventListener(event, handler, false);
}

/** Adds a class name if missing (classList is partial in IE11). */
export function addClass(node: HTMLElement, name: string): void {
    if ((" " + node.className + " ").indexOf(" " + name + " ") < 0) {
        node.className = node.className ? node.className + " " + name : name;
    }
}

/** Removes a class name. */
export function removeClass(node: HTMLElement, name: string): void {
    node.className = (" " + node.className + " ").replace(" " + name + " ", " ").replace(/^\s+|\s+$/g, "");
}
