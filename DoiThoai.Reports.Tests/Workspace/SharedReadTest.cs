using System.Runtime.CompilerServices;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Submissions.WriteBack;
using DoiThoai.Reports.Tests.Documents;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Workbooks;
using DoiThoai.Reports.Workspace;
using NodaTime;

namespace DoiThoai.Reports.Tests.Workspace;

/// <summary>
/// Requests that find no cached read of the workbook's current version share one read: the host's warm-up and the
/// pane's first request, or several teachers opening the pane at once, read the workbook once and see one result (the
/// minutes rendered from it are the same bytes).
/// </summary>
[TestClass]
public sealed class SharedReadTest
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Reads_that_start_together_share_one_read_of_the_workbook()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("so.xlsx");
        WorkbookTemplate.Create(path, DocumentTestData.Profile, SampleSubmissions.Generate(DocumentTestData.Profile, DocumentTestData.Calendar, 300).ToList());
        var store = new CountingStore(new LocalWorkbookStore(path));
        var workspace = new SchoolWorkspace(DocumentTestData.Profile, store, SystemClock.Instance);

        var reads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => workspace.ReadWorkbookAsync(TestContext.CancellationToken))));

        Assert.AreEqual(1, store.Reads, "one read of the workbook");
        Assert.IsTrue(reads.All(r => ReferenceEquals(r, reads[0])), "one result for every request");
        Assert.AreSame(reads[0], await workspace.ReadWorkbookAsync(TestContext.CancellationToken), "then cached");
        Assert.AreEqual(1, store.Reads);
    }

    [TestMethod]
    public async Task A_request_that_gives_up_does_not_cancel_the_read_the_others_wait_for()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.File("so.xlsx");
        WorkbookTemplate.Create(path, DocumentTestData.Profile, SampleSubmissions.Generate(DocumentTestData.Profile, DocumentTestData.Calendar, 300).ToList());
        var store = new CountingStore(new LocalWorkbookStore(path), TimeSpan.FromMilliseconds(300));
        var workspace = new SchoolWorkspace(DocumentTestData.Profile, store, SystemClock.Instance);

        using var impatient = new CancellationTokenSource();
        var first = workspace.ReadWorkbookAsync(impatient.Token);
        var second = workspace.ReadWorkbookAsync(TestContext.CancellationToken);
        await impatient.CancelAsync();

        await Assert.ThrowsAsync<OperationCanceledException>(() => first);
        Assert.IsNotEmpty((await second).Submissions);
        Assert.AreEqual(1, store.Reads);
    }

    /// <summary>A real local store whose source counts the reads started, each slowed a little so that they overlap.</summary>
    private sealed class CountingStore(IWorkbookStore inner, TimeSpan? delay = null) : IWorkbookStore, IWorkbookSource
    {
        private int _reads;

        public int Reads => _reads;

        public string Description => inner.Description;

        public IWorkbookSource Source => this;

        public Task<string?> VersionAsync(CancellationToken cancellationToken = default) => inner.VersionAsync(cancellationToken);

        public Task<IWorkbookTransaction> BeginAsync(CancellationToken cancellationToken = default) => inner.BeginAsync(cancellationToken);

        public async IAsyncEnumerable<SheetRow> ReadSubmissionRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            await Task.Delay(delay ?? TimeSpan.FromMilliseconds(50), cancellationToken);
            await foreach (var row in inner.Source.ReadSubmissionRowsAsync(cancellationToken))
            {
                yield return row;
            }
        }
    }
}
