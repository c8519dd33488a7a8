namespace DoiThoai.Addin.Apis;

/// <summary>What a minutes upload claims to be, by its <c>Content-Type</c> alone (<see cref="MinutesUpload.KindOf"/>).</summary>
public enum MinutesUploadKind
{
    /// <summary>A Word file (or raw bytes).</summary>
    Docx,

    /// <summary>The pane's JSON form.</summary>
    Json,

    /// <summary>Anything else, including the form posts a foreign web page could send without CORS.</summary>
    Unsupported,
}
