using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace DoiThoai.Addin.Hosting;

/// <summary>
/// Short-lived links to one document each, for Outlook or a browser that cannot send our token: the token in the link
/// names the document (kind and month) and its expiry, encrypted and signed with ASP.NET Data Protection
/// (<see cref="ITimeLimitedDataProtector"/>, purpose <see cref="Purpose"/>). Nothing is stored per link; any instance that
/// shares the keys (the data folder's <c>khoa/</c>, <c>DoiThoai:KeysDirectory</c> or Redis) reads it.
/// </summary>
public sealed class DocumentLinks(IDataProtectionProvider provider)
{
    /// <summary>The application name every instance shares, so their keys and tokens are the same.</summary>
    public const string ApplicationName = "DoiThoai";

    /// <summary>The purpose of link tokens: a token of any other use (another purpose) never opens a document.</summary>
    public const string Purpose = "DoiThoai.DocumentLinks.v1";

    /// <summary>The folder in the data folder where keys are kept when nothing shared is configured.</summary>
    public const string KeysFolder = "khoa";

    /// <summary>A shared folder for the keys of several instances.</summary>
    public const string KeysDirectorySetting = "DoiThoai:KeysDirectory";

    /// <summary>The Redis key holding the keys when <see cref="AuthHosting.RedisSetting"/> is set.</summary>
    public const string RedisKey = "DoiThoai:DataProtection:Keys";

    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The purpose the time-limited protector adds under ours (its format: expiry, then the payload).</summary>
    private const string TimeLimitedPurpose = "Microsoft.AspNetCore.DataProtection.TimeLimitedDataProtector.v1";

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();
    private readonly IDataProtector _authentic = provider.CreateProtector(Purpose).CreateProtector(TimeLimitedPurpose);

    /// <summary>A token for <paramref name="link"/>, valid until <paramref name="expires"/> (default: now + <see cref="Lifetime"/>).</summary>
    public (string Token, DateTimeOffset Expires) Issue(DocumentLink link, DateTimeOffset? expires = null)
    {
        var until = expires ?? DateTimeOffset.UtcNow.Add(Lifetime);
        return (_protector.Protect(link.Payload, until), until);
    }

    /// <summary>The document <paramref name="token"/> names; null with <paramref name="expired"/> for a genuine token past its time, null alone for anything else.</summary>
    public DocumentLink? Read(string token, out bool expired)
    {
        expired = false;
        try
        {
            return DocumentLink.Parse(_protector.Unprotect(token, out _));
        }
        catch (CryptographicException)
        {
            expired = Authentic(token);
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private bool Authentic(string token)
    {
        try
        {
            // Bytes: the payload under this purpose starts with the expiry, which is no text.
            _authentic.Unprotect(WebEncoders.Base64UrlDecode(token));
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
