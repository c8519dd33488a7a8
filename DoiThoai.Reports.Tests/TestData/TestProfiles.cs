using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using NodaTime;

namespace DoiThoai.Reports.Tests.TestData;

/// <summary>Profiles for tests: the bundled one, or variants of it built with <c>with</c>.</summary>
internal static class TestProfiles
{
    /// <summary>The bundled profile (Trường THPT số 2 Bắc Hà, 2022-2023).</summary>
    public static SchoolProfile Profile { get; } = SchoolProfileLoader.LoadDefault();

    /// <summary>The bundled profile's calendar, built once.</summary>
    public static SchoolCalendar Calendar { get; } = SessionCalendar.Build(Profile);

    /// <summary>The bundled profile with other teaching months, teaching period and holidays.</summary>
    public static SchoolProfile WithYear(string label, LocalDate first, LocalDate last, IReadOnlyList<Holiday>? holidays = null)
    {
        var months = new List<YearMonth>();
        for (var m = new YearMonth(first.Year, first.Month); m <= new YearMonth(last.Year, last.Month); m = m.OnDayOfMonth(1).PlusMonths(1).ToYearMonth())
        {
            months.Add(m);
        }

        return Profile with
        {
            SchoolYear = new SchoolYear(label, first, last, months),
            Holidays = holidays ?? [],
        };
    }

    /// <summary>Reads a JSON file shipped in the library's profile folder, for tests that edit the JSON text.</summary>
    public static string DefaultJson()
    {
        using var stream = typeof(SchoolProfileLoader).Assembly
            .GetManifestResourceStream($"DoiThoai.Reports.Schools.Profiles.{SchoolProfileLoader.DefaultProfileName}")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
