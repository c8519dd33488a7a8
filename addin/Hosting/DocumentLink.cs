namespace DoiThoai.Addin.Hosting;

/// <summary>The one document a link opens: its kind (<c>report</c>) and month (<c>yyyy-MM</c>).</summary>
public sealed record DocumentLink(string Kind, string Month)
{
    public const string Report = "report";

    public string Payload => $"{Kind}|{Month}";

    /// <exception cref="FormatException">Not a link's payload.</exception>
    public static DocumentLink Parse(string payload) => payload.Split('|') is [var kind, var month] && kind == Report
        ? new DocumentLink(kind, month)
        : throw new FormatException("not a document link");
}
