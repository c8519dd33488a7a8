// The shapes the fake implements, derived from @types/office-js: property types are the real ones (Pick), and
// every method takes the real method's parameters, so a change of the real API breaks the fake's build.

/** The parameters of T's method K as the real API declares them (the last overload when overloaded). */
export type ParamsOf<T, K extends keyof T> = T[K] extends (...args: infer A) => unknown ? A : never;

/** Word's load() accepts names, a list of names, or { select, expand }. */
export type LoadArgument = string | string[] | ParamsOf<Word.ContentControl, "load">[0];

export interface ClientObjectShape {
    load(names?: LoadArgument): unknown;
}

export interface ContentControlShape extends ClientObjectShape, Pick<Word.ContentControl, "tag" | "title" | "text" | "id"> {
    insertText(...args: ParamsOf<Word.ContentControl, "insertText">): unknown;
    readonly tables: TableCollectionShape;
}

export interface ContentControlCollectionShape extends ClientObjectShape {
    readonly items: ContentControlShape[];
    getByTag(...args: ParamsOf<Word.ContentControlCollection, "getByTag">): ContentControlCollectionShape;
    getFirst(...args: ParamsOf<Word.ContentControlCollection, "getFirst">): ContentControlShape;
}

export interface TableShape extends ClientObjectShape, Pick<Word.Table, "values" | "rowCount"> {
    getCell(...args: ParamsOf<Word.Table, "getCell">): TableCellShape;
    addRows(...args: ParamsOf<Word.Table, "addRows">): unknown;
}

export interface TableCellShape extends ClientObjectShape, Pick<Word.TableCell, "value"> {
}

export interface TableCollectionShape extends ClientObjectShape {
    readonly items: TableShape[];
    getFirst(...args: ParamsOf<Word.TableCollection, "getFirst">): TableShape;
}

export interface BodyShape extends ClientObjectShape, Pick<Word.Body, "text"> {
    insertFileFromBase64(...args: ParamsOf<Word.Body, "insertFileFromBase64">): unknown;
}

export interface CustomPropertyShape extends ClientObjectShape, Pick<Word.CustomProperty, "key" | "value" | "type"> {
}

export interface CustomPropertyCollectionShape extends ClientObjectShape {
    readonly items: CustomPropertyShape[];
}

export interface DocumentPropertiesShape {
    readonly customProperties: CustomPropertyCollectionShape;
}

export interface DocumentShape {
    readonly body: BodyShape;
    readonly contentControls: ContentControlCollectionShape;
    readonly properties: DocumentPropertiesShape;
}

export interface DocumentCreatedShape {
    open(...args: ParamsOf<Word.DocumentCreated, "open">): void;
}

export interface ApplicationShape {
    createDocument(...args: ParamsOf<Word.Application, "createDocument">): DocumentCreatedShape;
}

export interface RequestContextShape {
    readonly document: DocumentShape;
    readonly application: ApplicationShape;
    sync(): Promise<void>;
}

/** Office.File and Office.Slice exactly as the real types say. */
export type FileShape = Pick<Office.File, "size" | "sliceCount" | "getSliceAsync" | "closeAsync">;
export type SliceShape = Pick<Office.Slice, "data" | "index" | "size">;

/** The part of Office.context the pane uses. */
export interface OfficeContextShape {
    requirements: Pick<Office.RequirementSetSupport, "isSetSupported">;
    document: Pick<Office.Document, "getFileAsync">;
    ui: UiShape;
    mailbox?: MailboxShape;
}

// ---- Outlook, the dialog and the ribbon's function commands ----

export type NotificationMessagesShape = Pick<Office.NotificationMessages, "replaceAsync">;
export type RecipientsShape = Pick<Office.Recipients, "getAsync" | "setAsync">;
export type SubjectShape = Pick<Office.Subject, "getAsync" | "setAsync">;

/** A message being read: its fields are plain values. */
export interface ReadItemShape extends Pick<Office.MessageRead, "itemType" | "subject" | "to"> {
    readonly notificationMessages: NotificationMessagesShape;
}

/** A message being written: its fields are objects with asynchronous getters and setters. */
export interface ComposeItemShape extends Pick<Office.MessageCompose, "itemType" | "addFileAttachmentFromBase64Async"> {
    readonly to: RecipientsShape;
    readonly subject: SubjectShape;
    readonly notificationMessages: NotificationMessagesShape;
}

export interface MailboxShape extends Pick<Office.Mailbox, "convertToEwsId" | "displayMessageForm" | "displayNewMessageForm"> {
    readonly item: ReadItemShape | ComposeItemShape | null;
    readonly diagnostics: Pick<Office.Diagnostics, "hostName" | "hostVersion">;
    addHandlerAsync(...args: ParamsOf<Office.Mailbox, "addHandlerAsync">): void;
}

export type UiShape = Pick<Office.UI, "displayDialogAsync" | "openBrowserWindow" | "messageParent">;
export type DialogShape = Pick<Office.Dialog, "close" | "addEventHandler">;
export type ActionsShape = Pick<Office.Actions, "associate">;

/** The event Outlook hands an ExecuteFunction command. */
export type CommandEventShape = Pick<Office.AddinCommands.Event, "completed" | "source">;
