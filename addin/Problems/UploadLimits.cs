namespace DoiThoai.Addin.Problems;

/// <summary>How much an untrusted upload may weigh.</summary>
public static class UploadLimits
{
    /// <summary>A filled minutes document, .docx or JSON: 20 MB (a real one is a few hundred KB; pictures pasted in grow it).</summary>
    public const long MinutesBytes = 20L * 1024 * 1024;

    /// <summary>
    /// Where Kestrel cuts a minutes upload off (the endpoint's request size limit). A body between
    /// <see cref="MinutesBytes"/> and this is refused but still received and dropped, because browsers and most HTTP
    /// clients read no answer before they have sent the whole body: cut off, they would report a broken connection
    /// instead of the Vietnamese 413. Beyond this the connection is closed.
    /// </summary>
    public const long MinutesDrainBytes = 2 * MinutesBytes;
}
