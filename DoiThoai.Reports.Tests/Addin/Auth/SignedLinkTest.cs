using System.Net;
using System.Text.Json;
using DoiThoai.Addin.Apis;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports.Tests.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.DataProtection;

namespace DoiThoai.Reports.Tests.Addin.Auth;

/// <summary>
/// Signed links: the principal asks for one, anyone holding it gets that one document for 10 minutes, without a token;
/// a tampered, cut, expired or foreign token is refused with a Vietnamese problem; the keys live in the data folder (or a
/// shared one), so a link survives a restart and works on another instance that shares them.
/// </summary>
[TestClass]
public sealed class SignedLinkTest
{
    private static async Task<(string Url, DateTimeOffset Expires)> IssueAsync(SignedInHost host, string month = "2022-10")
    {
        var token = host.Authority.Token(Staff.Principal.Email);
        using var response = await host.SendAsync(HttpMethod.Post, $"api/months/{month}/report/link", token, new StringContent(""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, text);
        var json = JsonDocument.Parse(text).RootElement;
        return (json.GetProperty("url").GetString()!, json.GetProperty("expires").GetDateTimeOffset());
    }

    private static async Task AssertReportAsync(HttpClient client, string url, string month = "2022-10")
    {
        using var response = await client.GetAsync(url);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual(WordFile.ContentType, response.Content.Headers.ContentType?.MediaType);
        StringAssert.Contains(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, $"bao-cao-{month}");
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.IsNotNull(document.MainDocumentPart?.Document.Body);
    }

    [TestMethod]
    public async Task A_link_opens_its_report_without_a_token_for_ten_minutes()
    {
        await using var host = await SignedInHost.StartAsync();
        var before = DateTimeOffset.UtcNow;
        var (url, expires) = await IssueAsync(host);

        Assert.StartsWith(host.Host.BaseAddress + "api/links/", url);
        Assert.AreEqual(TimeSpan.FromHours(7), expires.Offset, "in the school's time zone");
        Assert.IsTrue(expires - before >= TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1) && expires - before <= TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(5), $"{expires}");
        Assert.DoesNotContain("2022-10", url, "the link names nothing readable");
        using var anonymous = new HttpClient();
        await AssertReportAsync(anonymous, url);
        await AssertReportAsync(anonymous, url);
    }

    [TestMethod]
    public async Task A_link_shows_its_report_as_a_page_that_says_what_the_word_file_says()
    {
        await using var host = await SignedInHost.StartAsync();
        var (url, _) = await IssueAsync(host);
        using var anonymous = new HttpClient();

        using var page = await anonymous.GetAsync(url + "?view=html");
        var html = await page.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, page.StatusCode, html);
        Assert.AreEqual("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.AreEqual("utf-8", page.Content.Headers.ContentType?.CharSet);
        Assert.DoesNotContain("<script", html, "a page without script");
        StringAssert.Contains(page.Headers.GetValues("Content-Security-Policy").Single(), "script-src 'self'", "under the host's policy");
        StringAssert.Contains(html, "href=\"/preview.css\"");

        // Every paragraph of the Word file, in the same order.
        using var docx = await anonymous.GetAsync(url);
        using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => p.InnerText.Trim()).Where(t => t.Length > 0).ToList();
        Assert.IsGreaterThan(10, paragraphs.Count);
        // Inline markup joins what it marks, as runs do in a Word paragraph; any other tag ends a paragraph.
        var inline = System.Text.RegularExpressions.Regex.Replace(html, "</?(b|i|span)( [^>]*)?>|<br>", "");
        var text = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(inline, "<[^>]+>", "\n"));
        var at = 0;
        foreach (var paragraph in paragraphs)
        {
            var found = text.IndexOf(paragraph, at, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, found, $"'{paragraph}' is in the page after what came before it");
            at = found + paragraph.Length;
        }

        using var css = await anonymous.GetAsync("preview.css".Insert(0, host.Host.BaseAddress.ToString()));
        Assert.AreEqual(HttpStatusCode.OK, css.StatusCode);
        Assert.AreEqual("text/css", css.Content.Headers.ContentType?.MediaType);

        using var unknown = await anonymous.GetAsync(url + "?view=pdf");
        await ProblemAssert.IsProblem(unknown, HttpStatusCode.BadRequest, ErrorCodes.BadInput);
    }

    [TestMethod]
    public async Task Only_the_principal_issues_links_and_only_for_a_month_of_the_year()
    {
        await using var host = await SignedInHost.StartAsync();
        foreach (var who in Staff.Lesser)
        {
            using var refused = await host.SendAsync(HttpMethod.Post, "api/months/2022-10/report/link", host.Authority.Token(who.Email), new StringContent(""));
            await ProblemAssert.IsProblem(refused, HttpStatusCode.Forbidden, HostErrorCodes.ForbiddenRole);
        }

        using var unknown = await host.SendAsync(HttpMethod.Post, "api/months/2024-07/report/link", host.Authority.Token(Staff.Principal.Email), new StringContent(""));
        await ProblemAssert.IsProblem(unknown, HttpStatusCode.NotFound, ErrorCodes.MonthUnknown);
    }

    [TestMethod]
    public async Task A_tampered_cut_or_foreign_link_is_404_and_says_nothing_more()
    {
        await using var host = await SignedInHost.StartAsync();
        var (url, _) = await IssueAsync(host);
        var token = url[(url.LastIndexOf('/') + 1)..];
        var middle = token.Length / 2;
        var flipped = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        var foreign = host.Host.Service<IDataProtectionProvider>().CreateProtector("DoiThoai.Something.Else").ToTimeLimitedDataProtector()
            .Protect(new DocumentLink(DocumentLink.Report, "2022-10").Payload, DateTimeOffset.UtcNow.AddMinutes(5));
        var untimed = host.Host.Service<IDataProtectionProvider>().CreateProtector(DocumentLinks.Purpose).Protect(new DocumentLink(DocumentLink.Report, "2022-10").Payload);

        foreach (var bad in new[] { flipped, token[..^4], token + "AA", "x", foreign, untimed, "..%2F..%2Fso-tong-hop.xlsx" })
        {
            using var response = await host.Client.GetAsync("api/links/" + bad);
            var problem = await ProblemAssert.IsProblem(response, HttpStatusCode.NotFound, HostErrorCodes.LinkInvalid);
            Assert.DoesNotContain("2022", problem.GetRawText());
        }

        using var listing = await host.Client.GetAsync("api/links/");
        Assert.AreNotEqual(HttpStatusCode.OK, listing.StatusCode, "no listing");
    }

    [TestMethod]
    public async Task An_expired_link_is_410()
    {
        await using var host = await SignedInHost.StartAsync();
        var (token, _) = host.Host.Service<DocumentLinks>().Issue(new DocumentLink(DocumentLink.Report, "2022-10"), DateTimeOffset.UtcNow.AddSeconds(-1));

        using var response = await host.Client.GetAsync("api/links/" + token);

        await ProblemAssert.IsProblem(response, HttpStatusCode.Gone, HostErrorCodes.LinkExpired);
    }

    [TestMethod]
    public async Task A_link_survives_a_restart_with_the_same_data_folder()
    {
        using var data = new TemporaryDirectory();
        await using var authority = await TestAuthority.StartAsync();
        string url;
        await using (var first = await SignedInHost.StartAsync(authority, data.Path))
        {
            (url, _) = await IssueAsync(first);
        }

        Assert.IsNotEmpty(Directory.GetFiles(Path.Combine(data.Path, DocumentLinks.KeysFolder), "key-*.xml"), "keys kept in du-lieu/khoa/");
        await using var second = await SignedInHost.StartAsync(authority, data.Path);
        var token = url[(url.LastIndexOf('/') + 1)..];
        await AssertReportAsync(second.Client, "api/links/" + token);
    }

    [TestMethod]
    public async Task Two_instances_sharing_a_key_folder_read_each_others_links()
    {
        using var keys = new TemporaryDirectory();
        await using var authority = await TestAuthority.StartAsync();
        string[] shared = [$"--{DocumentLinks.KeysDirectorySetting}={keys.Path}"];
        await using var a = await SignedInHost.StartAsync(authority, args: shared);
        await using var b = await SignedInHost.StartAsync(authority, args: shared);
        await using var other = await SignedInHost.StartAsync(authority);

        var (url, _) = await IssueAsync(a);
        var token = url[(url.LastIndexOf('/') + 1)..];
        await AssertReportAsync(b.Client, "api/links/" + token);
        var (back, _) = await IssueAsync(b);
        await AssertReportAsync(a.Client, back);

        using var stranger = await other.Client.GetAsync("api/links/" + token);
        await ProblemAssert.IsProblem(stranger, HttpStatusCode.NotFound, HostErrorCodes.LinkInvalid);
    }

    [TestMethod]
    public async Task Links_work_in_the_embedded_default_too()
    {
        await using var host = await AddinHostFixture.StartAsync();
        using var response = await host.Client.PostAsync("api/months/2022-10/report/link", new StringContent(""));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        await AssertReportAsync(host.Client, json.GetProperty("url").GetString()!);
    }
}
