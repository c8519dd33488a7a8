// Facts about the files the pages move between the host and Word.

/** The content type of a Word file. */
export var DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The host refuses larger uploads (docs/api.md). */
export var MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Word's largest file slice (4 MB). */
export var SLICE_SIZE = 4194304;
