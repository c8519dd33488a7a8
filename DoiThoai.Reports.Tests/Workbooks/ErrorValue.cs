namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>An Excel error value (<c>#N/A</c>) for <see cref="SheetRows.Row"/>.</summary>
internal sealed record ErrorValue(string Code);
