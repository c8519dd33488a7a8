namespace DoiThoai.Reports.Mail;

/// <summary>One address a mail goes to, with the name shown beside it when known.</summary>
public sealed record MailRecipient(string Address, string? Name = null);
