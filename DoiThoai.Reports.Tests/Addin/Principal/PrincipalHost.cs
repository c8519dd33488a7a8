using System.Text.Json.Nodes;
using DoiThoai.Addin.Microsoft365;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.Documents;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;
using DoiThoai.Reports.Workbooks;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace DoiThoai.Reports.Tests.Addin.Principal;

/// <summary>
/// The real host for the principal's endpoints: the bundled profile with the addresses the mails need (the
/// department's, two homeroom teachers, the boarding board), a workbook of known rows (October 2022 of
/// <see cref="DocumentTestData"/> unless others are given), the clock on 20 November 2022, and — with a Graph fake —
/// Microsoft 365 mode through <see cref="TestUserGraph"/>.
/// </summary>
internal sealed class PrincipalHost : IAsyncDisposable
{
    public const string SoAddress = "vanthu@so-gddt.example";
    public const string TeacherAddress = "mai.lt@thpt2bacha.example";
    public const string BoardAddress = "chu.ga@thpt2bacha.example";

    public static readonly Instant Now = Instant.FromUtc(2022, 11, 20, 3, 0);

    private readonly TemporaryDirectory _data;

    private PrincipalHost(TemporaryDirectory data, AddinHostFixture host, FakeGraphServer? graph)
    {
        _data = data;
        Host = host;
        Graph = graph;
    }

    public AddinHostFixture Host { get; }

    /// <summary>The Graph fake behind <see cref="TestUserGraph"/>, or null in the embedded default.</summary>
    public FakeGraphServer? Graph { get; }

    public HttpClient Client => Host.Client;

    /// <param name="microsoft365">Start a Graph fake and use it as the user's Graph.</param>
    /// <param name="rows">The workbook's rows; null: <see cref="DocumentTestData.October2022"/>.</param>
    /// <param name="teachingMonths">The school year's teaching months; null: the bundled profile's.</param>
    /// <param name="args">More host arguments (e.g. <c>--webroot=…</c>).</param>
    public static async Task<PrincipalHost> StartAsync(bool microsoft365, IReadOnlyList<Submission>? rows = null, IReadOnlyList<string>? teachingMonths = null, IEnumerable<string>? args = null, CancellationToken cancellationToken = default)
    {
        var data = new TemporaryDirectory();
        var profilePath = data.File("truong.json");
        await File.WriteAllTextAsync(profilePath, ProfileJson(teachingMonths), cancellationToken);
        var profile = SchoolProfileLoader.LoadFile(profilePath);
        var workbook = data.File("so.xlsx");
        WorkbookTemplate.Create(workbook, profile, rows ?? DocumentTestData.October2022());
        var graph = microsoft365 ? await FakeGraphServer.StartAsync() : null;
        var host = await AddinHostFixture.StartAsync(
            data.Path,
            [$"--DoiThoai:Workbook={workbook}", $"--DoiThoai:School={profilePath}", .. args ?? []],
            builder =>
            {
                builder.Services.AddSingleton<IClock>(new FakeClock(Now));
                if (graph is not null)
                {
                    builder.Services.AddSingleton<IUserGraph>(new TestUserGraph(graph));
                }
            },
            cancellationToken);
        return new PrincipalHost(data, host, graph);
    }

    /// <summary>The profile as the host reads it.</summary>
    public SchoolProfile Profile => Host.Service<Reports.Workspace.SchoolWorkspace>().Profile;

    public SchoolCalendar Calendar => Host.Service<Reports.Workspace.SchoolWorkspace>().Calendar;

    /// <summary>The bundled profile's JSON with addresses for the report and the reminders.</summary>
    public static string ProfileJson(IReadOnlyList<string>? teachingMonths = null)
    {
        var path = Path.Combine(AddinHostFixture.RepositoryRoot, "DoiThoai.Reports", "Schools", "Profiles", "thpt-so-2-bac-ha-2022-2023.json");
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json["report"]!["mailTo"] = new JsonArray(SoAddress);
        json["homeroomTeachers"] = new JsonArray(
            new JsonObject { ["class"] = "10A1", ["name"] = "Lò Thị Mai", ["email"] = TeacherAddress },
            new JsonObject { ["class"] = "10A2", ["name"] = "Vàng Seo Páo" });
        json["boardingBoard"] = new JsonArray(
            new JsonObject { ["name"] = "Giàng A Chứ", ["email"] = BoardAddress, ["rooms"] = new JsonArray("Phòng 1", "Phòng 2") });
        if (teachingMonths is not null)
        {
            json["schoolYear"]!["teachingMonths"] = new JsonArray([.. teachingMonths.Select(m => JsonValue.Create(m))]);
        }

        return json.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (Graph is not null)
        {
            await Graph.DisposeAsync();
        }

        _data.Dispose();
    }
}
