namespace DoiThoai.Addin.Contracts;

/// <summary>A row of the minutes' on-the-spot table, as typed (empty cells may be null or empty).</summary>
public sealed record OnTheSpotRowRequest(string? ClassOrRoom, string? Content, string? Answer);
