namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// The <c>Số:</c> line: <c>05/BC-THPTS2.BH</c>, or <c>     /BC-THPTS2.BH</c> with the number left blank for
/// the office to write by hand. Numbers below 10 take a leading zero; no spaces around <c>/</c> and <c>-</c>.
/// </summary>
/// <param name="TypeCode">BC báo cáo, BB biên bản, …</param>
/// <param name="Abbreviation">The school's code, e.g. <c>THPTS2.BH</c>.</param>
/// <param name="Value">The number, or null when the office assigns it.</param>
public sealed record DocumentNumber(string TypeCode, string Abbreviation, int? Value)
{
    /// <summary>The reference without the <c>Số:</c> label, e.g. <c>05/BC-THPTS2.BH</c>.</summary>
    public string Reference => Value is { } n
        ? $"{n:00}/{TypeCode}-{Abbreviation}"
        : $"      /{TypeCode}-{Abbreviation}";

    /// <summary>The whole line, e.g. <c>Số: 05/BC-THPTS2.BH</c>.</summary>
    public string Line => "Số: " + Reference;
}
