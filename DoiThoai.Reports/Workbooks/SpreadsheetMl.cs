namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The names an .xlsx package is made of: XML namespaces, content types, relationship types and the part names Excel
/// uses. Other readers (exceljs) look parts up by these exact names and SpreadsheetML elements by their unprefixed
/// names, so every part we write uses them as Excel does.
/// </summary>
internal static class SpreadsheetMl
{
    /// <summary>SpreadsheetML, written as the default namespace of every part (<c>&lt;worksheet xmlns="…"&gt;</c>).</summary>
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Relationship ids inside parts (<c>r:id</c>).</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    public const string ContentTypesEntry = "[Content_Types].xml";

    /// <summary>Content types of the parts we write.</summary>
    public static class Types
    {
        public const string Relationships = "application/vnd.openxmlformats-package.relationships+xml";
        public const string Xml = "application/xml";
        public const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        public const string Worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
        public const string Styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
        public const string SharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
        public const string Table = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
    }

    /// <summary>Relationship types.</summary>
    public static class RelationshipTypes
    {
        public const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
        public const string Worksheet = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
        public const string Styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
        public const string SharedStrings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";
        public const string Table = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
    }
}
