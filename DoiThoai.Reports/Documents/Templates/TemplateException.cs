namespace DoiThoai.Reports.Documents.Templates;

/// <summary>A school template that cannot be used, with the reason in Vietnamese.</summary>
public sealed class TemplateException(string message, Exception? inner = null) : DoiThoaiException(ErrorCodes.TemplateInvalid, message, inner);
