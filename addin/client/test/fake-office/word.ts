// Word's proxy objects, as far as the pane uses them: reads happen at load()+sync() and are refused before
// (PropertyNotLoaded, as in Word), writes are queued and applied at sync(), in order.
import { config, supports } from "./config";
import { FakeDocx } from "./docx";
import type {
    ApplicationShape, BodyShape, ContentControlCollectionShape, ContentControlShape, CustomPropertyCollectionShape,
    CustomPropertyShape, DocumentCreatedShape, DocumentShape, LoadArgument, RequestContextShape, TableCellShape,
    TableCollectionShape, TableShape
} from "./shapes";

/** The open document and what happened to it; shared by Word.run, getFileAsync and the test helpers. */
export interface FakeState {
    docx: FakeDocx;
    log: string[];
}

/** An error shaped like OfficeExtension.Error (code, message). */
export class FakeWordError extends Error {
    constructor(readonly code: string, message: string) {
        super(message);
        this.name = "RichApi.Error";
    }
}

/** Fails the batch as Word does when the host lacks the set (ApiNotFound at sync). */
function requireWordApi(version: string, what: string): void {
    if (!supports("WordApi", version)) {
        throw new FakeWordError("ApiNotFound", `${what} needs WordApi ${version}.`);
    }
}

function names(argument: LoadArgument | undefined): string[] {
    if (argument === undefined) {
        return [];
    }
    const text = typeof argument === "string" ? argument : Array.isArray(argument) ? argument.join(",") : argument && argument.select ? argument.select : "";
    return text.split(",").map((n) => n.trim()).filter((n) => n.length > 0);
}

function base64ToBytes(base64: string): Uint8Array {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
}

export class FakeContext implements RequestContextShape {
    readonly pending: (() => void)[] = [];
    readonly loads: (() => void)[] = [];
    readonly document: FakeDocument;
    readonly application: FakeApplication;

    constructor(readonly state: FakeState) {
        this.document = new FakeDocument(this);
        this.application = new FakeApplication(this);
    }

    sync(): Promise<void> {
        return new Promise<void>((resolve, reject) => {
            setTimeout(() => {
                try {
                    for (const op of this.pending.splice(0)) {
                        op();
                    }
                    // A collection's load queues its items' loads, so drain until nothing is left.
                    while (this.loads.length) {
                        this.loads.shift()!();
                    }
                    resolve();
                } catch (error) {
                    reject(error);
                }
            }, 0);
        });
    }
}

/** A proxy whose scalar properties can be read only once loaded and synced. */
abstract class FakeObject {
    private readonly snapshot = new Map<string, unknown>();

    constructor(protected readonly context: FakeContext) {
    }

    load(argument?: LoadArgument): this {
        const wanted = names(argument);
        this.context.loads.push(() => {
            const all = wanted.length === 0 ? this.scalarNames() : wanted;
            for (const name of all) {
                this.snapshot.set(name, this.read(name));
            }
        });
        return this;
    }

    protected loaded<T>(name: string): T {
        if (!this.snapshot.has(name)) {
            throw new FakeWordError("PropertyNotLoaded", `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
        }
        return this.snapshot.get(name) as T;
    }

    protected abstract scalarNames(): string[];

    protected abstract read(name: string): unknown;
}

/** A collection: load("items/a,items/b") fills items at sync with proxies that have a and b loaded. */
abstract class FakeCollection<T extends FakeObject> extends FakeObject {
    protected scalarNames(): string[] {
        return ["items"];
    }

    load(argument?: LoadArgument): this {
        const wanted = names(argument);
        const itemNames = wanted.filter((n) => n.indexOf("items/") === 0).map((n) => n.substring(6));
        super.load("items");
        this.context.loads.push(() => {
            for (const item of this.loaded<T[]>("items")) {
                item.load(itemNames.length ? itemNames : undefined);
            }
        });
        return this;
    }

    get items(): T[] {
        return this.loaded<T[]>("items");
    }

    protected read(): unknown {
        return this.resolve().map((node) => this.wrap(node));
    }

    protected abstract resolve(): Element[];

    protected abstract wrap(node: Element): T;
}

export class FakeContentControl extends FakeObject implements ContentControlShape {
    constructor(context: FakeContext, private readonly node: () => Element) {
        super(context);
    }

    get tag(): string { return this.loaded("tag"); }
    get title(): string { return this.loaded("title"); }
    get text(): string { return this.loaded("text"); }
    get id(): number { return this.loaded("id"); }

    get tables(): FakeTableCollection {
        return new FakeTableCollection(this.context, () => {
            requireWordApi("1.3", "ContentControl.tables");
            return this.context.state.docx.tables(this.node());
        });
    }

    insertText(text: string, insertLocation: Word.InsertLocation | "Replace" | "Start" | "End"): unknown {
        if (insertLocation !== "Replace") {
            throw new FakeWordError("NotImplemented", "The fake inserts text with \"Replace\" only.");
        }
        this.context.pending.push(() => this.context.state.docx.setControlText(this.node(), text));
        return {};
    }

    protected scalarNames(): string[] {
        return ["tag", "title", "text", "id"];
    }

    protected read(name: string): unknown {
        const docx = this.context.state.docx;
        const node = this.node();
        switch (name) {
            case "tag": return docx.tagOf(node);
            case "title": return docx.titleOf(node);
            case "text": return docx.controlText(node);
            case "id": return docx.idOf(node);
            default: throw new FakeWordError("NotImplemented", `The fake has no ContentControl.${name}.`);
        }
    }
}

export class FakeContentControlCollection extends FakeCollection<FakeContentControl> implements ContentControlCollectionShape {
    constructor(context: FakeContext, private readonly nodes: () => Element[]) {
        super(context);
    }

    getByTag(tag: string): FakeContentControlCollection {
        // Tag matching in Word is exact (case-sensitive) too.
        return new FakeContentControlCollection(this.context, () => this.nodes().filter((n) => this.context.state.docx.tagOf(n) === tag));
    }

    getFirst(): FakeContentControl {
        return new FakeContentControl(this.context, () => {
            const first = this.nodes()[0];
            if (!first) {
                throw new FakeWordError("ItemNotFound", "The requested resource doesn't exist.");
            }
            return first;
        });
    }

    protected resolve(): Element[] {
        return this.nodes();
    }

    protected wrap(node: Element): FakeContentControl {
        return new FakeContentControl(this.context, () => node);
    }
}

export class FakeTableCell extends FakeObject implements TableCellShape {
    constructor(context: FakeContext, private readonly table: () => Element, private readonly row: number, private readonly cell: number) {
        super(context);
    }

    get value(): string {
        return this.loaded<string>("value");
    }

    set value(text: string) {
        this.context.pending.push(() => this.context.state.docx.setCellText(this.table(), this.row, this.cell, text));
    }

    protected scalarNames(): string[] {
        return ["value"];
    }

    protected read(): unknown {
        const values = this.context.state.docx.tableValues(this.table());
        return (values[this.row] || [])[this.cell] || "";
    }
}

export class FakeTable extends FakeObject implements TableShape {
    constructor(context: FakeContext, private readonly node: () => Element) {
        super(context);
    }

    get values(): string[][] { return this.loaded("values"); }
    get rowCount(): number { return this.loaded("rowCount"); }

    getCell(rowIndex: number, cellIndex: number): FakeTableCell {
        return new FakeTableCell(this.context, this.node, rowIndex, cellIndex);
    }

    addRows(insertLocation: Word.InsertLocation.start | Word.InsertLocation.end | "Start" | "End", rowCount: number, values?: string[][]): unknown {
        if (insertLocation !== "End") {
            throw new FakeWordError("NotImplemented", "The fake adds rows at \"End\" only.");
        }
        const rows = values || [];
        this.context.pending.push(() => {
            const filled: string[][] = [];
            for (let i = 0; i < rowCount; i++) {
                filled.push(rows[i] || []);
            }
            this.context.state.docx.addRows(this.node(), filled);
        });
        return {};
    }

    protected scalarNames(): string[] {
        return ["values", "rowCount"];
    }

    protected read(name: string): unknown {
        const values = this.context.state.docx.tableValues(this.node());
        return name === "rowCount" ? values.length : name === "values" ? values : undefined;
    }
}

export class FakeTableCollection extends FakeCollection<FakeTable> implements TableCollectionShape {
    constructor(context: FakeContext, private readonly nodes: () => Element[]) {
        super(context);
    }

    getFirst(): FakeTable {
        return new FakeTable(this.context, () => {
            const first = this.nodes()[0];
            if (!first) {
                throw new FakeWordError("ItemNotFound", "The requested resource doesn't exist.");
            }
            return first;
        });
    }

    protected resolve(): Element[] {
        return this.nodes();
    }

    protected wrap(node: Element): FakeTable {
        return new FakeTable(this.context, () => node);
    }
}

export class FakeBody extends FakeObject implements BodyShape {
    get text(): string {
        return this.loaded("text");
    }

    insertFileFromBase64(base64File: string, insertLocation: Word.InsertLocation.replace | Word.InsertLocation.start | Word.InsertLocation.end | "Replace" | "Start" | "End"): unknown {
        if (insertLocation !== "Replace") {
            throw new FakeWordError("NotImplemented", "The fake inserts files with \"Replace\" only.");
        }
        this.context.pending.push(() => {
            this.context.state.docx = FakeDocx.inserted(base64ToBytes(base64File), config().insertDropsTags || []);
            this.context.state.log.push("body.insertFileFromBase64:Replace");
        });
        return {};
    }

    protected scalarNames(): string[] {
        return ["text"];
    }

    protected read(): unknown {
        return this.context.state.docx.bodyText();
    }
}

export class FakeCustomProperty extends FakeObject implements CustomPropertyShape {
    constructor(context: FakeContext, private readonly key_: string) {
        super(context);
    }

    get key(): string { return this.loaded("key"); }
    get value(): string { return this.loaded("value"); }
    get type(): Word.DocumentPropertyType | "String" | "Number" | "Date" | "Boolean" { return this.loaded("type"); }

    protected scalarNames(): string[] {
        return ["key", "value", "type"];
    }

    protected read(name: string): unknown {
        const found = this.context.state.docx.customProperties().filter((p) => p.key === this.key_)[0];
        return !found ? undefined : name === "key" ? found.key : name === "value" ? found.value : found.type;
    }
}

export class FakeCustomPropertyCollection extends FakeObject implements CustomPropertyCollectionShape {
    get items(): FakeCustomProperty[] {
        return this.loaded("items");
    }

    load(argument?: LoadArgument): this {
        const itemNames = names(argument).filter((n) => n.indexOf("items/") === 0).map((n) => n.substring(6));
        super.load("items");
        this.context.loads.push(() => {
            for (const item of this.items) {
                item.load(itemNames.length ? itemNames : undefined);
            }
        });
        return this;
    }

    protected scalarNames(): string[] {
        return ["items"];
    }

    protected read(): unknown {
        requireWordApi("1.3", "Document.properties");
        return this.context.state.docx.customProperties().map((p) => new FakeCustomProperty(this.context, p.key));
    }
}

export class FakeDocument implements DocumentShape {
    readonly body: FakeBody;
    readonly contentControls: FakeContentControlCollection;
    readonly properties: { customProperties: FakeCustomPropertyCollection };

    constructor(context: FakeContext) {
        this.body = new FakeBody(context);
        this.contentControls = new FakeContentControlCollection(context, () => context.state.docx.controls());
        this.properties = { customProperties: new FakeCustomPropertyCollection(context) };
    }
}

export class FakeApplication implements ApplicationShape {
    constructor(private readonly context: FakeContext) {
    }

    createDocument(base64File?: string): DocumentCreatedShape {
        const context = this.context;
        return {
            open(): void {
                context.pending.push(() => {
                    requireWordApi("1.3", "Application.createDocument");
                    // Word opens a new window with its own pane; the fake makes it the document the page works on.
                    context.state.docx = base64File ? FakeDocx.fromBytes(base64ToBytes(base64File)) : FakeDocx.blank();
                    context.state.log.push("createDocument.open");
                });
            }
        };
    }
}

/** Word.run: the batch gets a fresh context over the shared state (the overloads with objects are not used by the pane). */
export function makeRun(state: FakeState): typeof Word.run {
    const run = function (...args: unknown[]): Promise<unknown> {
        const batch = args[args.length - 1] as (context: FakeContext) => Promise<unknown>;
        if (typeof batch !== "function") {
            return Promise.reject(new FakeWordError("InvalidArgument", "Word.run needs a batch function."));
        }
        if (!config().wordApi && config().wordApi !== undefined) {
            return Promise.reject(new FakeWordError("ApiNotFound", "This Word has no WordApi."));
        }
        const context = new FakeContext(state);
        try {
            return Promise.resolve(batch(context));
        } catch (error) {
            return Promise.reject(error);
        }
    };
    return run as unknown as typeof Word.run;
}
