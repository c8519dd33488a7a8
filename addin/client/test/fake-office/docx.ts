// The document the fake holds: the real .docx bytes, its word/document.xml parsed with DOMParser, so the
// content controls are the document's own (w:sdt with w:tag / w:alias, text from w:t) and what a test or the
// page types goes back into the XML that getFileAsync zips again.

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const DOCUMENT = "word/document.xml";
const CUSTOM = "docProps/custom.xml";

/** A content control as the test sees it. */
export interface ControlInfo {
    tag: string;
    title: string;
    text: string;
}

/** A custom document property. */
export interface PropertyInfo {
    key: string;
    value: string;
    type: string;
}

function children(node: Element, localName: string): Element[] {
    const out: Element[] = [];
    for (let c = node.firstElementChild; c; c = c.nextElementSibling) {
        if (c.namespaceURI === W && c.localName === localName) {
            out.push(c);
        }
    }
    return out;
}

function descendants(node: Element | Document, localName: string): Element[] {
    return Array.prototype.slice.call(node.getElementsByTagNameNS(W, localName)) as Element[];
}

function attr(node: Element | undefined | null, name: string): string {
    return node ? node.getAttributeNS(W, name) || "" : "";
}

export class FakeDocx {
    private constructor(private readonly entries: Map<string, Uint8Array>, readonly xml: XMLDocument, private custom: XMLDocument | null) {
    }

    /** Reads a .docx; throws when it is not one. */
    static fromBytes(bytes: Uint8Array): FakeDocx {
        const files = fflate.unzipSync(bytes);
        const entries = new Map<string, Uint8Array>();
        for (const name of Object.keys(files)) {
            entries.set(name, files[name]);
        }
        const main = entries.get(DOCUMENT);
        if (!main) {
            throw new Error("The file has no word/document.xml.");
        }
        const parse = (data: Uint8Array): XMLDocument => {
            const doc = new DOMParser().parseFromString(fflate.strFromU8(data), "application/xml");
            if (doc.getElementsByTagName("parsererror").length) {
                throw new Error("The XML does not parse.");
            }
            return doc;
        };
        const custom = entries.get(CUSTOM);
        return new FakeDocx(entries, parse(main), custom ? parse(custom) : null);
    }

    /** An empty Word document, as Word opens the pane with. */
    static blank(): FakeDocx {
        const u8 = fflate.strToU8;
        return FakeDocx.fromBytes(fflate.zipSync({
            "[Content_Types].xml": u8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
            "_rels/.rels": u8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
            "word/document.xml": u8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="' + W + '"><w:body><w:p/><w:sectPr/></w:body></w:document>'),
        }));
    }

    /** The package zipped again with the current XML. */
    toBytes(): Uint8Array {
        const files: { [name: string]: Uint8Array } = {};
        this.entries.forEach((data, name) => {
            files[name] = data;
        });
        files[DOCUMENT] = fflate.strToU8(serialize(this.xml));
        if (this.custom) {
            files[CUSTOM] = fflate.strToU8(serialize(this.custom));
        }
        return fflate.zipSync(files);
    }

    /** What body.insertFileFromBase64(…, "Replace") leaves (WordApi 1.1): the inserted body, without headers, footers or custom properties. */
    static inserted(bytes: Uint8Array, dropTags: string[]): FakeDocx {
        const doc = FakeDocx.fromBytes(bytes);
        for (const ref of descendants(doc.xml, "headerReference").concat(descendants(doc.xml, "footerReference"))) {
            ref.parentNode!.removeChild(ref);
        }
        for (const sdt of doc.controls()) {
            if (dropTags.indexOf(doc.tagOf(sdt)) >= 0) {
                const pr = children(sdt, "sdtPr")[0];
                for (const name of ["tag", "alias"]) {
                    for (const e of children(pr, name)) {
                        pr.removeChild(e);
                    }
                }
            }
        }
        doc.dropCustomProperties();
        return doc;
    }

    private dropCustomProperties(): void {
        if (!this.custom) {
            return;
        }
        this.custom = null;
        this.entries.delete(CUSTOM);
        const rels = this.entries.get("_rels/.rels");
        if (rels) {
            this.entries.set("_rels/.rels", fflate.strToU8(fflate.strFromU8(rels).replace(/<Relationship\b[^>]*custom\.xml[^>]*\/>/g, "")));
        }
        const types = this.entries.get("[Content_Types].xml");
        if (types) {
            this.entries.set("[Content_Types].xml", fflate.strToU8(fflate.strFromU8(types).replace(/<Override\b[^>]*custom\.xml[^>]*\/>/g, "")));
        }
    }

    /** Every content control, in document order. */
    controls(): Element[] {
        return descendants(this.xml, "sdt");
    }

    tagOf(sdt: Element): string {
        return attr(children(children(sdt, "sdtPr")[0] || sdt, "tag")[0], "val");
    }

    titleOf(sdt: Element): string {
        return attr(children(children(sdt, "sdtPr")[0] || sdt, "alias")[0], "val");
    }

    idOf(sdt: Element): number {
        return Number(attr(children(children(sdt, "sdtPr")[0] || sdt, "id")[0], "val")) || 0;
    }

    textOf(node: Element): string {
        return textOf(node);
    }

    /** The first control with this tag (or, failing that, this title). */
    control(tagOrTitle: string): Element | null {
        const all = this.controls();
        return all.filter((c) => this.tagOf(c) === tagOrTitle)[0] || all.filter((c) => this.titleOf(c) === tagOrTitle)[0] || null;
    }

    info(sdt: Element): ControlInfo {
        return { tag: this.tagOf(sdt), title: this.titleOf(sdt), text: this.controlText(sdt) };
    }

    controlText(sdt: Element): string {
        const content = children(sdt, "sdtContent")[0];
        return content ? textOf(content) : "";
    }

    /** Replaces the control's content with text, as typing or insertText(…, "Replace") does; the placeholder flag goes. */
    setControlText(sdt: Element, text: string): void {
        const pr = children(sdt, "sdtPr")[0];
        if (pr) {
            for (const flag of children(pr, "showingPlcHdr")) {
                pr.removeChild(flag);
            }
        }
        const content = children(sdt, "sdtContent")[0];
        if (!content) {
            return;
        }
        const cell = children(content, "tc")[0];
        const host = cell || content;
        if (children(host, "p").length || children(host, "tbl").length || cell) {
            writeParagraphs(host, text);
        } else {
            writeRuns(host, text);
        }
    }

    /** The tables inside a control (or the document). */
    tables(within: Element): Element[] {
        return descendants(within, "tbl");
    }

    tableValues(table: Element): string[][] {
        return children(table, "tr").map((row) => cellsOf(row).map((cell) => textOf(cell)));
    }

    setCellText(table: Element, rowIndex: number, cellIndex: number, text: string): void {
        const row = children(table, "tr")[rowIndex];
        const cell = row ? cellsOf(row)[cellIndex] : undefined;
        if (!row || !cell) {
            throw new Error(`No cell ${rowIndex},${cellIndex}.`);
        }
        writeParagraphs(cell, text, firstRunProperties(row));
    }

    /** Appends rows shaped like the last one, filled with values. */
    addRows(table: Element, values: string[][]): void {
        for (const rowValues of values) {
            const rows = children(table, "tr");
            const last = rows[rows.length - 1];
            const row = last.cloneNode(true) as Element;
            for (const sdt of descendants(row, "sdt")) {
                sdt.parentNode!.removeChild(sdt);
            }
            table.appendChild(row);
            const cells = cellsOf(row);
            for (let c = 0; c < cells.length; c++) {
                writeParagraphs(cells[c], rowValues[c] || "", firstRunProperties(last));
            }
        }
    }

    bodyText(): string {
        const body = descendants(this.xml, "body")[0];
        return body ? textOf(body) : "";
    }

    customProperties(): PropertyInfo[] {
        if (!this.custom) {
            return [];
        }
        const list: PropertyInfo[] = [];
        const props = this.custom.getElementsByTagNameNS("http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", "property");
        for (let i = 0; i < props.length; i++) {
            const value = props[i].firstElementChild;
            list.push({ key: props[i].getAttribute("name") || "", value: value ? value.textContent || "" : "", type: value && value.localName === "lpwstr" ? "String" : "String" });
        }
        return list;
    }
}

function serialize(doc: XMLDocument): string {
    // Chromium's serializer repeats the declaration it parsed; write one of our own.
    const xml = new XMLSerializer().serializeToString(doc).replace(/^<\?xml[^>]*\?>\s*/, "");
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xml;
}

function cellsOf(row: Element): Element[] {
    const cells: Element[] = [];
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
        if (c.namespaceURI === W && c.localName === "tc") {
            cells.push(c);
        } else if (c.namespaceURI === W && c.localName === "sdt") {
            cells.push(...descendants(c, "tc"));
        }
    }
    return cells;
}

/** Text as Word gives it: paragraphs joined by newlines, breaks as newlines, tabs as tabs. */
function textOf(node: Element): string {
    const paragraphs = descendants(node, "p");
    if (paragraphs.length === 0) {
        return runText(node);
    }
    // A paragraph inside a nested table is visited once, as its own paragraph.
    return paragraphs.map((p) => runText(p)).join("\n");
}

function runText(node: Element): string {
    let text = "";
    const walk = (n: Element): void => {
        for (let c = n.firstElementChild; c; c = c.nextElementSibling) {
            if (c.namespaceURI !== W) {
                continue;
            }
            if (c.localName === "t") {
                text += c.textContent || "";
            } else if (c.localName === "tab") {
                text += "\t";
            } else if (c.localName === "br" || c.localName === "cr") {
                text += "\n";
            } else if (c.localName !== "p" && c.localName !== "pPr" && c.localName !== "rPr" && c.localName !== "delText") {
                walk(c);
            }
        }
    };
    walk(node);
    return text;
}

function firstRunProperties(node: Element): Element | null {
    const props = descendants(node, "rPr").filter((p) => p.parentNode && (p.parentNode as Element).localName === "r");
    return props.length ? cleanRunProperties(props[0].cloneNode(true) as Element) : null;
}

function cleanRunProperties(rPr: Element): Element {
    for (const style of children(rPr, "rStyle")) {
        if (attr(style, "val") === "PlaceholderText") {
            rPr.removeChild(style);
        }
    }
    return rPr;
}

function makeRun(doc: Document, text: string, rPr: Element | null, breaks: boolean): Element {
    const run = doc.createElementNS(W, "w:r");
    if (rPr) {
        run.appendChild(rPr.cloneNode(true));
    }
    const lines = breaks ? text.split("\n") : [text];
    lines.forEach((line, i) => {
        if (i > 0) {
            run.appendChild(doc.createElementNS(W, "w:br"));
        }
        const t = doc.createElementNS(W, "w:t");
        t.setAttributeNS(XML_NS, "xml:space", "preserve");
        t.textContent = line;
        run.appendChild(t);
    });
    return run;
}

/** Replaces the node's paragraphs (and tables) with one paragraph per line, keeping the first paragraph's and run's formatting. */
function writeParagraphs(host: Element, text: string, fallbackRun?: Element | null): void {
    const doc = host.ownerDocument;
    const first = children(host, "p")[0];
    const pPr = first ? children(first, "pPr")[0] : undefined;
    const rPr = firstRunProperties(host) || (fallbackRun ? fallbackRun.cloneNode(true) as Element : null);
    for (const old of children(host, "p").concat(children(host, "tbl"), children(host, "sdt"))) {
        host.removeChild(old);
    }
    for (const line of text.split("\n")) {
        const p = doc.createElementNS(W, "w:p");
        if (pPr) {
            p.appendChild(pPr.cloneNode(true));
        }
        if (line.length) {
            p.appendChild(makeRun(doc, line, rPr, false));
        }
        host.appendChild(p);
    }
}

/** Replaces the inline content with one run (lines as breaks), keeping the first run's formatting. */
function writeRuns(host: Element, text: string): void {
    const rPr = firstRunProperties(host);
    while (host.firstChild) {
        host.removeChild(host.firstChild);
    }
    host.appendChild(makeRun(host.ownerDocument, text, rPr, true));
}
