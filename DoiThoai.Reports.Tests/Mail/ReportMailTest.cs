using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Tests.TestData;
using NodaTime;

namespace DoiThoai.Reports.Tests.Mail;

[TestClass]
public sealed class ReportMailTest
{
    private static readonly YearMonth October = new(2022, 10);

    [TestMethod]
    public void Subject_names_the_month_and_the_school()
    {
        var mail = ReportMail.For(MailTestProfiles.WithAddresses, October, "bao-cao-2022-10.docx");

        Assert.AreEqual("Báo cáo kết quả tiếp xúc, đối thoại với học sinh tháng 10/2022 - Trường THPT số 2 Bắc Hà", mail.Subject);
    }

    [TestMethod]
    public void Goes_to_the_report_addresses_once_each_named_as_the_addressee()
    {
        var mail = ReportMail.For(MailTestProfiles.WithAddresses, October, "bao-cao-2022-10.docx");

        CollectionAssert.AreEqual(new[] { MailTestProfiles.SoAddress, "pgdtrh@laocai.edu.vn" }, mail.To.Select(r => r.Address).ToArray());
        Assert.IsTrue(mail.To.All(r => r.Name == "Sở Giáo dục và Đào tạo Lào Cai"));
        Assert.HasCount(0, mail.Notes);
    }

    [TestMethod]
    public void Without_addresses_the_mail_has_no_recipient_and_says_so()
    {
        var mail = ReportMail.For(TestProfiles.Profile, October, "bao-cao-2022-10.docx");

        Assert.HasCount(0, mail.To);
        Assert.HasCount(1, mail.Notes);
        StringAssert.Contains(mail.Notes[0], "report.mailTo");
    }

    [TestMethod]
    public void Body_is_formal_names_the_attachment_and_is_signed_by_the_chair()
    {
        var mail = ReportMail.For(MailTestProfiles.WithAddresses, October, "bao-cao-2022-10.docx");

        Assert.AreEqual("Kính gửi: Sở Giáo dục và Đào tạo Lào Cai.", mail.Paragraphs[0]);
        StringAssert.Contains(mail.TextBody, "Trường THPT số 2 Bắc Hà trân trọng gửi Báo cáo kết quả tổ chức tiếp xúc, đối thoại với học sinh tháng 10/2022");
        StringAssert.Contains(mail.TextBody, "(tệp đính kèm: bao-cao-2022-10.docx)");
        Assert.AreEqual("Phạm Tuấn Anh\nHiệu trưởng Trường THPT số 2 Bắc Hà", mail.Paragraphs[^1]);
        Assert.AreEqual("bao-cao-2022-10.docx", mail.AttachmentName);
        StringAssert.Contains(mail.HtmlBody, "<p>Phạm Tuấn Anh<br>Hiệu trưởng Trường THPT số 2 Bắc Hà</p>");
    }

    [TestMethod]
    public void Without_a_chair_the_school_signs()
    {
        var profile = TestProfiles.Profile with { People = [.. TestProfiles.Profile.People.Where(p => p.Role != PersonRole.Chair)] };

        var mail = ReportMail.For(profile, October, "bao-cao-2022-10.docx");

        Assert.AreEqual("Trường THPT số 2 Bắc Hà", mail.Paragraphs[^1]);
    }

    [TestMethod]
    public void Markup_in_names_stays_text_in_the_html_body()
    {
        var profile = TestProfiles.Profile with
        {
            IssuingBody = "Trường <b>THPT</b> & \"số 2\"",
            People = [new Person("<script>alert('x')</script>", PersonRole.Chair, "Hiệu trưởng")],
        };

        var html = ReportMail.For(profile, October, "bao-cao-2022-10.docx").HtmlBody;

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        StringAssert.Contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        StringAssert.Contains(html, "Trường &lt;b&gt;THPT&lt;/b&gt; &amp; &quot;số 2&quot;");
    }

    [TestMethod]
    public void Control_characters_in_profile_text_are_dropped_from_the_html()
    {
        var profile = TestProfiles.Profile with { IssuingBody = "Trường\u0001 THPT\u0008 số 2" };

        var html = ReportMail.For(profile, October, "bao-cao-2022-10.docx").HtmlBody;

        StringAssert.Contains(html, "Trường THPT số 2");
    }
}
