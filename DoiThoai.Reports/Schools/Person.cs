namespace DoiThoai.Reports.Schools;

/// <summary>Someone named in the plan, with the role the product gives them.</summary>
/// <param name="Name">Full name, e.g. <c>Phạm Tuấn Anh</c>.</param>
/// <param name="Role">Their part in the process.</param>
/// <param name="Title">Their position as printed above a signature, e.g. <c>Hiệu trưởng</c>.</param>
/// <param name="Email">School address, if known.</param>
public sealed record Person(string Name, PersonRole Role, string Title, string? Email = null);
