namespace DoiThoai.Reports.Scheduling.Graph;

/// <summary>
/// The single-value extended properties DoiThoai writes on its Outlook events (Outlook shows them nowhere). The GUID is
/// DoiThoai's own property set and never changes: events written by earlier versions must still be found.
/// </summary>
internal static class CalendarProperties
{
    private const string PropertySet = "{b3d5e734-1573-4f58-bf39-538570d14ba3}";

    /// <summary>The entry's UID, the same as in the .ics file: the stable key an event is found by.</summary>
    public const string Uid = "String " + PropertySet + " Name DoiThoaiUid";

    /// <summary>
    /// <c>{calendar key} {fingerprint}</c>: which school and year the event belongs to (what one sync lists and may
    /// remove) and a fingerprint of what DoiThoai wrote (what tells an unchanged event from one to update, since
    /// Exchange rewrites bodies and times it stores).
    /// </summary>
    public const string Sync = "String " + PropertySet + " Name DoiThoaiSync";
}
