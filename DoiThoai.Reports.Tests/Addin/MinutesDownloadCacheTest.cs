using DoiThoai.Reports.Documents.Minutes;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>
/// <c>GET /api/sessions/{id}/minutes</c> renders a session's minutes once per state of the workbook: the same bytes
/// and one kept copy while the workbook stays as it is, fresh minutes (with the new answer) once it changed.
/// </summary>
[TestClass]
public sealed class MinutesDownloadCacheTest
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task The_same_minutes_are_served_from_one_rendering_until_the_workbook_changes()
    {
        const string session = "2022-10-day";
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);
        var first = await host.GetBytesAsync($"api/sessions/{session}/minutes", TestContext.CancellationToken);
        var again = await host.GetBytesAsync($"api/sessions/{session}/minutes", TestContext.CancellationToken);
        var other = await host.GetBytesAsync("api/sessions/2022-11-day/minutes", TestContext.CancellationToken);

        CollectionAssert.AreEqual(first, again);
        Assert.AreEqual("2022-11-day", MinutesReader.Read(new MemoryStream(other)).SessionId, "each session its own minutes");
        var kept = Path.Combine(host.DataDirectory, "van-ban");
        Assert.HasCount(1, Directory.GetFiles(kept, $"bien-ban-{session}*.docx"), "one copy of one document");

        var id = MinutesReader.Read(new MemoryStream(first)).Entries[0].Id;
        using var filler = new Documents.Minutes.MinutesFiller(first);
        using (var saved = await host.PostMinutesAsync(session, filler.Set(MinutesTags.Answer(id), "Câu trả lời mới sau khi tải biên bản.").Save(), TestContext.CancellationToken))
        {
            saved.EnsureSuccessStatusCode();
        }

        var fresh = await host.GetBytesAsync($"api/sessions/{session}/minutes", TestContext.CancellationToken);
        Assert.AreEqual("Câu trả lời mới sau khi tải biên bản.", MinutesReader.Read(new MemoryStream(fresh)).Entries.Single(e => e.Id == id).Answer);
        Assert.HasCount(2, Directory.GetFiles(kept, $"bien-ban-{session}*.docx"), "the changed minutes are kept too");
    }
}
