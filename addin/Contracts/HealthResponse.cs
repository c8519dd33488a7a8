namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /health</c>: the host is up, its version, and whether the workbook is local or in Microsoft 365.</summary>
/// <param name="Status">Always <c>ok</c> when the host answers.</param>
/// <param name="Version">The host's version, e.g. <c>1.0.0</c>.</param>
/// <param name="Mode"><c>local</c> or <c>microsoft365</c>.</param>
public sealed record HealthResponse(string Status, string Version, string Mode);
