namespace DoiThoai.Addin.Contracts;

/// <summary>A submission ID and what happened to it, in Vietnamese.</summary>
public sealed record IdMessageResponse(string Id, string Message);
