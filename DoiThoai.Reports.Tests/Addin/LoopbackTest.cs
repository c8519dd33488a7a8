using System.Diagnostics;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Tests.Workbooks;

namespace DoiThoai.Reports.Tests.Addin;

/// <summary>Without the Microsoft 365 mode (sign-in) the host listens on this machine only, and refuses any other address with a Vietnamese message.</summary>
[TestClass]
public sealed class LoopbackTest
{
    [TestMethod]
    [DataRow("--urls", "http://0.0.0.0:0")]
    [DataRow("--urls", "http://*:5080")]
    [DataRow("--urls", "http://+:5080")]
    [DataRow("--urls", "http://[::]:0")]
    [DataRow("--urls", "http://127.0.0.1:0;http://192.168.1.10:5080")]
    [DataRow("--urls", "http://truong.example:80")]
    [DataRow("--http_ports", "5099")]
    [DataRow("--Kestrel:Endpoints:Open:Url", "http://0.0.0.0:0")]
    public void An_address_other_machines_can_reach_is_refused(string option, string value)
    {
        using var data = new TemporaryDirectory();

        var refusal = Assert.ThrowsExactly<DoiThoaiException>(() => AddinHost.Build([option, value, $"--DoiThoai:DataDirectory={data.Path}"]));

        Assert.AreEqual(HostErrorCodes.NotLoopback, refusal.Code);
        Assert.IsTrue(ProblemAssert.IsVietnamese(refusal.Message), refusal.Message);
        StringAssert.Contains(refusal.Message, "127.0.0.1");
        Assert.IsEmpty(Directory.EnumerateFileSystemEntries(data.Path), "refused before anything is made");
    }

    [TestMethod]
    public void An_incomplete_sign_in_section_is_refused_before_anything_is_made()
    {
        using var data = new TemporaryDirectory();

        var refusal = Assert.ThrowsExactly<DoiThoaiException>(() =>
            AddinHost.Build(["--urls", "http://0.0.0.0:0", "--DoiThoai:Auth:ClientId=abc", $"--DoiThoai:DataDirectory={data.Path}"]));

        Assert.AreEqual(HostErrorCodes.AuthConfiguration, refusal.Code);
        Assert.IsTrue(ProblemAssert.IsVietnamese(refusal.Message), refusal.Message);
        StringAssert.Contains(refusal.Message, "TenantId");
        Assert.IsEmpty(Directory.EnumerateFileSystemEntries(data.Path), "refused before anything is made");
    }

    [TestMethod]
    [DataRow("http://127.0.0.1:5080", true)]
    [DataRow("https://localhost:5443", true)]
    [DataRow("http://[::1]:5080", true)]
    [DataRow("http://127.0.0.2:5080", true)]
    [DataRow("http://unix:/run/doithoai.sock", true)]
    [DataRow("http://0.0.0.0:5080", false)]
    [DataRow("http://*:5080", false)]
    [DataRow("http://10.0.0.5:5080", false)]
    [DataRow("http://localhost.example.com:5080", false)]
    [DataRow("not an address", false)]
    public void Loopback_means_this_machine(string url, bool loopback) => Assert.AreEqual(loopback, LoopbackListening.IsLoopback(url));

    [TestMethod]
    public async Task The_program_exits_with_code_2_and_one_Vietnamese_line()
    {
        using var folder = new TemporaryDirectory();
        var program = Path.Combine(AppContext.BaseDirectory, "DoiThoai.Addin.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { program, "--urls", "http://0.0.0.0:5999" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync(TestContext.CancellationToken);
        await process.WaitForExitAsync(TestContext.CancellationToken);

        Assert.AreEqual(2, process.ExitCode, error);
        StringAssert.StartsWith(error, "Lỗi: Máy chủ DoiThoai chỉ chạy trên chính máy này");
        Assert.AreEqual(1, error.Trim().Split('\n').Length, error);
        Assert.IsFalse(Directory.Exists(Path.Combine(folder.Path, "du-lieu")));
    }

    [TestMethod]
    public async Task Without_a_certificate_https_is_dropped_with_a_hint_and_http_still_serves()
    {
        await using var host = await AddinHostFixture.StartAsync(args: ["--urls", "https://127.0.0.1:0;http://127.0.0.1:0"], cancellationToken: TestContext.CancellationToken);
        var addresses = host.Service<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        var notes = host.Service<StartupNotes>().All.Select(n => n.Text).ToList();

        // On a machine with a development certificate both listen; without one, only http, and the hint says what to run.
        Assert.IsTrue(addresses.Any(a => a.StartsWith("https:", StringComparison.Ordinal)) || notes.Contains(HostTexts.NoDevelopmentCertificate), string.Join(", ", addresses));
        Assert.IsTrue(addresses.Any(a => a.StartsWith("http:", StringComparison.Ordinal)));
        StringAssert.Contains(HostTexts.NoDevelopmentCertificate, "dotnet dev-certs https --trust");
    }

    public TestContext TestContext { get; set; } = null!;
}
