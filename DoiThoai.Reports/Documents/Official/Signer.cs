namespace DoiThoai.Reports.Documents.Official;

/// <summary>One signature: the authority line (<c>HIỆU TRƯỞNG</c>, <c>THƯ KÝ</c>) and the full name under it.</summary>
/// <param name="Authority">Printed in capitals, bold.</param>
/// <param name="Name">The signer's name, or null to leave a dotted line to write by hand.</param>
/// <param name="Note">An italic line under the name, e.g. who appoints the signer; null for none.</param>
public sealed record Signer(string Authority, string? Name, string? Note = null);
