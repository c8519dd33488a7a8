using System.Security.Cryptography;
using System.Text;
using NodaTime.Text;

namespace DoiThoai.Reports.Scheduling.Graph;

/// <summary>What DoiThoai writes for an entry, reduced to a short hash: equal hashes, nothing to update.</summary>
internal static class CalendarFingerprint
{
    // Raised when the way entries are written to Outlook changes, so every event is written again once.
    private const string Version = "1";

    public static string Of(CalendarEntry entry, string timeZone)
    {
        var pattern = LocalDateTimePattern.ExtendedIso;
        var text = string.Join('\u001f',
            Version, timeZone, entry.Kind.ToString(), entry.Summary, entry.Description ?? "", entry.Location ?? "",
            pattern.Format(entry.Start), pattern.Format(entry.End), entry.IsAllDay ? "1" : "0");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
    }
}
