namespace DoiThoai.Reports.Documents.Official;

/// <summary>A block-level content control wrapping blocks (an answer, the on-the-spot table, the conclusion).</summary>
/// <param name="Control">Tag, title, placeholder; its <see cref="ContentControl.Value"/> is ignored: <paramref name="Content"/> is shown, or the placeholder when empty.</param>
/// <param name="Content">What the control holds; empty shows the placeholder.</param>
public sealed record ControlBlock(ContentControl Control, IReadOnlyList<DocumentBlock> Content) : DocumentBlock;
