namespace DoiThoai.Addin.Contracts;

/// <summary>A signed link to one document and when it stops working (in the school's time zone).</summary>
public sealed record LinkResponse(string Url, DateTimeOffset Expires);
