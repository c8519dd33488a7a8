using DoiThoai.Reports.Documents.Minutes;
using DoiThoai.Reports.Tests.Documents.Minutes;
using DoiThoai.Reports.Tests.TestData;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workbooks;

/// <summary>
/// A session's minutes made from a workbook and filled in as a secretary would: an answer to each of the session's
/// submissions (text that names the run, so two imports can be told apart) and some questions raised on the spot.
/// </summary>
internal sealed record FilledMinutes(string SessionId, byte[] Docx, IReadOnlyDictionary<string, string> Answers, IReadOnlyList<string> OnTheSpot)
{
    public static async Task<FilledMinutes> CreateAsync(string workbook, string sessionId, string tag, int onTheSpot = 2, int? answers = null)
    {
        var workspace = new SchoolWorkspace(TestProfiles.Profile, new LocalWorkbookStore(workbook), SystemClock.Instance);
        var prepared = await workspace.MinutesAsync(sessionId);
        var blank = workspace.Render(prepared.Document);
        var ids = MinutesReader.Read(new MemoryStream(blank)).Entries.Select(e => e.Id).Take(answers ?? int.MaxValue).ToList();
        var given = ids.ToDictionary(id => id, id => $"Trả lời {tag} cho ý kiến {id}: nhà trường đã ghi nhận và sẽ xử lý trong tháng.");
        var questions = Enumerable.Range(1, onTheSpot).Select(i => $"Câu hỏi tại buổi {tag} số {i}: đề nghị sửa mái che nhà xe.").ToList();
        using var filler = new MinutesFiller(blank);
        foreach (var (id, answer) in given)
        {
            filler.Set(MinutesTags.Answer(id), answer);
        }

        foreach (var question in questions)
        {
            filler.AddOnTheSpot(sessionId.EndsWith("semi-boarding", StringComparison.Ordinal) ? TestProfiles.Profile.BoardingRooms[0] : TestProfiles.Profile.Classes[0], question, "Nhà trường sẽ sửa trong tuần.");
        }

        filler.Set("endtime", "16 giờ 30 phút");
        return new FilledMinutes(sessionId, filler.Save(), given, questions);
    }

    /// <summary>Writes the document into <paramref name="folder"/> and returns its path.</summary>
    public string SaveIn(string folder)
    {
        var path = Path.Combine(folder, $"bien-ban-{SessionId}-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, Docx);
        return path;
    }
}
