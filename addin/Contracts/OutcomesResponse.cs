namespace DoiThoai.Addin.Contracts;

/// <summary>The month's outcomes as the report's table states them.</summary>
public sealed record OutcomesResponse(int Answered, int Resolved, int Forwarded, int OutsideAuthority, int Pending);
