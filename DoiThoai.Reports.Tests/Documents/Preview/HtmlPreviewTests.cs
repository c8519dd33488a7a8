using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Documents.Preview;

namespace DoiThoai.Reports.Tests.Documents.Preview;

[TestClass]
public sealed class HtmlPreviewTests
{
    private const string Payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private static OfficialDocument Document(params DocumentBlock[] body) => new()
    {
        ParentBody = "Sở GD&ĐT Lào Cai",
        IssuingBody = "Trường THPT số 2 Bắc Hà",
        Title = "BÁO CÁO",
        Body = body,
        RightSigner = new Signer("Hiệu trưởng", null),
        Recipients = ["Sở GD&ĐT (b/c)", "Lưu: VT"],
    };

    [TestMethod]
    public void Text_from_anyone_is_shown_as_text_in_paragraphs_tables_and_controls()
    {
        var html = HtmlPreview.Render(Document(
            new ParagraphBlock([new TextSpan(Payload, Bold: true)]),
            new TableBlock([new TableColumn(Payload, 1000)], [[[new ParagraphBlock([new TextSpan(Payload + "\u0001")], ParagraphRole.Cell)]]]),
            new ControlBlock(new ContentControl("answer:1", "Trả lời", ContentControlKind.PlainText, "Nhập câu trả lời", Payload), [])));

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("\u0001", html, "XML-invalid characters are dropped as in the .docx");
        Assert.AreEqual(4, CountOf(html, "&lt;script&gt;alert("), "paragraph, header, cell, control");
        Assert.AreEqual(4, CountOf(html, "&lt;img src=x onerror=alert(1)&gt;"));
    }

    [TestMethod]
    public void The_page_says_what_the_document_says_in_its_order()
    {
        var html = HtmlPreview.Render(Document(new ParagraphBlock([new TextSpan("I. KẾT QUẢ")], ParagraphRole.Heading), new ParagraphBlock([new TextSpan("dòng một\ndòng hai")])));

        string[] order = ["SỞ GD&amp;ĐT LÀO CAI", "TRƯỜNG THPT SỐ 2 BẮC HÀ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "<h1>BÁO CÁO</h1>", "<h2>I. KẾT QUẢ</h2>", "dòng một<br>dòng hai", "Nơi nhận:", "- Sở GD&amp;ĐT (b/c);", "- Lưu: VT.", "HIỆU TRƯỞNG"];
        var at = 0;
        foreach (var part in order)
        {
            var found = html.IndexOf(part, at, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, found, part);
            at = found;
        }

        StringAssert.Contains(html, $"<link rel=\"stylesheet\" href=\"{HtmlPreview.StylesheetPath}\">");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
