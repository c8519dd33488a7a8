namespace DoiThoai.Addin.Contracts;

/// <summary>The app registration the pages sign in with (MSAL.js): client ID, authority, the <c>access_as_user</c> scope.</summary>
public sealed record ConfigAuthResponse(string ClientId, string Authority, string ApiScope);
