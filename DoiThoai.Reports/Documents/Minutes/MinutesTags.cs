namespace DoiThoai.Reports.Documents.Minutes;

/// <summary>
/// The tags (and titles) of the content controls in a minutes document: the contract between the minutes
/// the product writes and the read-back of what the secretary typed.
/// <list type="bullet">
/// <item><c>answer:&lt;ID&gt;</c> rich text, title <c>Trả lời &lt;ID&gt;</c>: the answer to submission ID.</item>
/// <item><c>handling:&lt;ID&gt;</c> drop-down of the statuses, title <c>Xử lý &lt;ID&gt;</c>.</item>
/// <item><c>onthespot</c> rich text around the table of questions raised at the session (title <c>Câu hỏi tại buổi</c>).</item>
/// <item><c>endtime</c> one-line rich text in the closing line (title <c>Giờ kết thúc</c>; rich, because LibreOffice 7.4 drops the formatting of plain-text controls).</item>
/// <item><c>dissemination</c>, <c>conclusion</c> rich text for the secretary's notes (not read back).</item>
/// </list>
/// LibreOffice 7.4 drops tags on saving but keeps titles, so the reader accepts either.
/// </summary>
public static class MinutesTags
{
    public const string AnswerPrefix = "answer:";
    public const string HandlingPrefix = "handling:";
    public const string OnTheSpot = "onthespot";
    public const string EndTime = "endtime";
    public const string Dissemination = "dissemination";
    public const string Conclusion = "conclusion";

    public const string AnswerTitlePrefix = "Trả lời ";
    public const string HandlingTitlePrefix = "Xử lý ";
    public const string OnTheSpotTitle = "Câu hỏi tại buổi";
    public const string EndTimeTitle = "Giờ kết thúc";

    /// <summary>The custom document property naming the session the minutes belong to.</summary>
    public const string SessionProperty = "DoiThoaiSession";

    public static string Answer(string id) => AnswerPrefix + id;

    public static string Handling(string id) => HandlingPrefix + id;

    /// <summary>The tag a control stands for, from its tag or, failing that, its title; null if neither is ours.</summary>
    public static string? Resolve(string? tag, string? title)
    {
        if (!string.IsNullOrWhiteSpace(tag))
        {
            return tag.Trim();
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        title = title.Trim();
        if (title.StartsWith(AnswerTitlePrefix, StringComparison.Ordinal))
        {
            return Answer(title[AnswerTitlePrefix.Length..].Trim());
        }

        if (title.StartsWith(HandlingTitlePrefix, StringComparison.Ordinal))
        {
            return Handling(title[HandlingTitlePrefix.Length..].Trim());
        }

        return title switch
        {
            OnTheSpotTitle => OnTheSpot,
            EndTimeTitle => EndTime,
            _ => null,
        };
    }
}
