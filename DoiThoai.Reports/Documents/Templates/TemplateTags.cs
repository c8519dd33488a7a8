namespace DoiThoai.Reports.Documents.Templates;

/// <summary>
/// The tags of the content controls a school template may contain (Word: Developer → Controls →
/// Properties → Tag). Only <see cref="Body"/> is required; a control whose value the document lacks
/// (e.g. no addressee in minutes) is removed. See docs/documents.md.
/// </summary>
public static class TemplateTags
{
    public const string ParentBody = "doithoai:parent-body";
    public const string IssuingBody = "doithoai:issuing-body";

    /// <summary>The reference after <c>Số:</c>, e.g. <c>05/BC-THPTS2.BH</c> (the template writes <c>Số:</c> itself).</summary>
    public const string Number = "doithoai:number";

    /// <summary>The place-date line, e.g. <c>Bắc Hà, ngày 05 tháng 02 năm 2023</c>.</summary>
    public const string Date = "doithoai:date";

    public const string Title = "doithoai:title";
    public const string Summary = "doithoai:summary";

    /// <summary>The superior body after <c>Kính gửi:</c> (the template writes <c>Kính gửi:</c> itself).</summary>
    public const string Addressee = "doithoai:addressee";

    /// <summary>A block control replaced by the document's body.</summary>
    public const string Body = "doithoai:body";

    /// <summary>A block control replaced by the signatures and <c>Nơi nhận:</c>; without it they follow the body.</summary>
    public const string Signature = "doithoai:signature";

    public static readonly IReadOnlyList<string> All = [ParentBody, IssuingBody, Number, Date, Title, Summary, Addressee, Body, Signature];
}
