using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>The bundled profile and its calendar, built once for all workbook tests.</summary>
internal static class TestProfiles
{
    public static SchoolProfile Profile { get; } = SchoolProfileLoader.LoadDefault();

    public static SchoolCalendar Calendar { get; } = SessionCalendar.Build(Profile);
}
