namespace DoiThoai.Reports.Workspace;

/// <summary>A school's own template, read once: its bytes, and where it came from (so no output ever replaces it).</summary>
/// <param name="Path">The file it was read from, or a description.</param>
/// <param name="Bytes">The .docx/.dotx.</param>
public sealed record SchoolTemplateFile(string Path, byte[] Bytes);
