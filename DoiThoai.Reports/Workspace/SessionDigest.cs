using DoiThoai.Reports.Documents.Digest;
using DoiThoai.Reports.Scheduling;

namespace DoiThoai.Reports.Workspace;

/// <summary>A session's digest figures, the same the Word digest states. Immutable.</summary>
/// <param name="Session">The session.</param>
/// <param name="Figures">What the digest states.</param>
/// <param name="RejectedRows">Rows of the workbook left out because the check rejected them.</param>
public sealed record SessionDigest(Session Session, DigestFigures Figures, int RejectedRows);
