namespace DoiThoai.Reports.Schools;

/// <summary>The homeroom teacher (GVCN) of one class: who enters the class's submissions and gets the reminders.</summary>
/// <param name="ClassName">The class, one of the profile's classes.</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">School Microsoft 365 address, if known: sign-in by it sees this class only.</param>
public sealed record HomeroomTeacher(string ClassName, string Name, string? Email);
