
namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// A phụ lục attached after the signatures and <c>Nơi nhận:</c>, starting on a new page: its title lines
/// (<c>PHỤ LỤC</c>, what it lists, which document it belongs to) and its blocks. Laid out by
/// <see cref="OfficialLayout"/> and <see cref="Templates.SchoolTemplate"/> alike.
/// </summary>
/// <param name="Title">The centred lines over the content; the first one starts the new page.</param>
/// <param name="Blocks">The content, usually one long table (its rows may be produced lazily).</param>
public sealed record Appendix(IReadOnlyList<ParagraphBlock> Title, IReadOnlyList<DocumentBlock> Blocks);
