
namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// Everything an official document says, independent of how it is laid out: the header, title, addressee,
/// body blocks and closing. <see cref="OfficialLayout"/> lays it out in the built-in Decree 30 layout;
/// <see cref="Templates.SchoolTemplate"/> pours it into a school's own letterhead. Immutable.
/// </summary>
public sealed record OfficialDocument
{
    /// <summary>Cơ quan chủ quản, printed upper case.</summary>
    public required string ParentBody { get; init; }

    /// <summary>Cơ quan ban hành, printed upper case, bold.</summary>
    public required string IssuingBody { get; init; }

    /// <summary>The <c>Số:</c> line; null for documents without a number (the digest).</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The place-date line, already formatted; null where the template has none (minutes).</summary>
    public string? PlaceDateLine { get; init; }

    /// <summary>The document type in capitals: <c>BÁO CÁO</c>, <c>BIÊN BẢN</c>.</summary>
    public required string Title { get; init; }

    /// <summary>Trích yếu, centred bold under the title.</summary>
    public string? Summary { get; init; }

    /// <summary>After <c>Kính gửi:</c>; null for none.</summary>
    public string? Addressee { get; init; }

    public required IReadOnlyList<DocumentBlock> Body { get; init; }

    /// <summary>Signature on the left (minutes: THƯ KÝ); null puts <c>Nơi nhận:</c> there instead.</summary>
    public Signer? LeftSigner { get; init; }

    /// <summary>Signature on the right.</summary>
    public required Signer RightSigner { get; init; }

    /// <summary>The <c>Nơi nhận:</c> lines without dash or final punctuation; the layout adds <c>- </c>, <c>;</c> and the final <c>.</c>.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>A phụ lục after the signatures, on a new page; null for none.</summary>
    public Appendix? Appendix { get; init; }

    /// <summary>Custom document properties (e.g. which session minutes belong to); they survive Word and LibreOffice.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Where Office finds the add-in whose task pane opens with the document (the minutes open the Word pane that
    /// saves the answers), the primary reference first; empty for none.
    /// </summary>
    public IReadOnlyList<TaskPane.AddinStoreReference> TaskPane { get; init; } = [];
}
