namespace DoiThoai.Reports;

/// <summary>
/// Something the person using the product must fix or know: the message is Vietnamese and complete (what,
/// where, what to do), <see cref="Code"/> is stable for machines (the CLI's exit code, the host's
/// ProblemDetails). Every error meant for a user is one of these; anything else is a defect.
/// </summary>
public class DoiThoaiException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>One of <see cref="ErrorCodes"/>.</summary>
    public string Code { get; } = code;
}
