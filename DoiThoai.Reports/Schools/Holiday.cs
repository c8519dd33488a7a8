using NodaTime;

namespace DoiThoai.Reports.Schools;

/// <summary>A holiday or break, both ends inclusive (a single day has <c>Start == End</c>).</summary>
public sealed record Holiday(string Name, LocalDate Start, LocalDate End)
{
    public bool Contains(LocalDate date) => date >= Start && date <= End;
}
