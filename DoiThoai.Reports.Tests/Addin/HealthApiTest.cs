using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.Documents;
using DoiThoai.Reports.Tests.Workbooks;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Reports.Tests.Addin;

[TestClass]
public sealed class HealthApiTest
{
    [TestMethod]
    public async Task Host_answers_health_on_loopback_with_version_and_local_mode()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);

        var health = await host.GetJsonAsync("health", TestContext.CancellationToken);

        Assert.AreEqual("ok", health.GetProperty("status").GetString());
        Assert.AreEqual("1.0.0", health.GetProperty("version").GetString());
        Assert.AreEqual("local", health.GetProperty("mode").GetString());
        StringAssert.StartsWith(host.BaseAddress.ToString(), "http://127.0.0.1:");
    }

    [TestMethod]
    public async Task First_run_makes_the_sample_workbook_in_the_data_folder()
    {
        await using var host = await AddinHostFixture.StartAsync(cancellationToken: TestContext.CancellationToken);

        Assert.IsTrue(File.Exists(host.WorkbookPath));
        var check = await host.GetJsonAsync("api/workbook/check", TestContext.CancellationToken);
        Assert.AreEqual(SampleSubmissions.SampleSize, check.GetProperty("counts").GetProperty("rowsRead").GetInt32());
    }

    [TestMethod]
    public async Task An_existing_workbook_in_the_data_folder_is_used_as_it_is()
    {
        using var data = new TemporaryDirectory();
        var workbook = Path.Combine(data.Path, "so-tong-hop.xlsx");
        WorkbookTemplate.Create(workbook, DocumentTestData.Profile, DocumentTestData.October2022());
        var before = File.ReadAllBytes(workbook);

        await using (var host = await AddinHostFixture.StartAsync(data.Path, cancellationToken: TestContext.CancellationToken))
        {
            var check = await host.GetJsonAsync("api/workbook/check", TestContext.CancellationToken);
            Assert.AreEqual(8, check.GetProperty("counts").GetProperty("rowsRead").GetInt32());
        }

        CollectionAssert.AreEqual(before, File.ReadAllBytes(workbook), "the host never replaces a workbook it finds");
    }

    public TestContext TestContext { get; set; } = null!;
}
