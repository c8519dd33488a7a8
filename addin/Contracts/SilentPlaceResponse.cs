namespace DoiThoai.Addin.Contracts;

/// <summary>A class (or boarding room) that sent nothing yet, and who the profile says is responsible for it (nulls when nobody known).</summary>
public sealed record SilentPlaceResponse(string ClassOrRoom, string? Teacher, string? Email);
