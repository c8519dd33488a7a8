namespace DoiThoai.Addin.Contracts;

/// <summary><c>GET /api/config</c>: what the pages need to sign in; <see cref="Auth"/> null in the embedded default.</summary>
public sealed record ConfigResponse(string Mode, string Version, ConfigAuthResponse? Auth);
