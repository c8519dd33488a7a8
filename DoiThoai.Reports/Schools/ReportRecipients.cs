namespace DoiThoai.Reports.Schools;

/// <summary>Who the monthly report goes to.</summary>
/// <param name="Addressee">The superior body after <c>Kính gửi:</c>.</param>
/// <param name="Recipients">The <c>Nơi nhận:</c> lines, without the leading dash or trailing punctuation, e.g. <c>Như trên</c>, <c>Lưu: VT</c>.</param>
public sealed record ReportRecipients(string Addressee, IReadOnlyList<string> Recipients)
{
    /// <summary>The addresses the report mail goes to (the superior body's office); empty when the school has not set them.</summary>
    public IReadOnlyList<string> MailTo { get; init; } = [];
}
