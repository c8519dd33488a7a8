using DoiThoai.Reports.Mail;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Tests.TestData;

namespace DoiThoai.Reports.Tests.Mail;

[TestClass]
public sealed class ReminderMailTest
{
    private static readonly SchoolCalendar Calendar = SessionCalendar.Build(MailTestProfiles.WithAddresses);
    private static readonly Session October = Calendar.Find("2022-10-day")!;
    private static readonly Session OctoberBoarding = Calendar.Find("2022-10-semi-boarding")!;

    [TestMethod]
    public void Goes_to_the_known_homeroom_teachers_once_each_and_lists_the_classes_without_an_address()
    {
        var mail = ReminderMail.For(MailTestProfiles.WithAddresses, October, ["10A1", "10A2", "10A3", "12A4"]);

        CollectionAssert.AreEqual(new[] { "mai.lt@thpt2bacha.edu.vn" }, mail.To.Select(r => r.Address).ToArray());
        Assert.AreEqual("Lò Thị Mai", mail.To[0].Name);
        Assert.HasCount(1, mail.Notes);
        StringAssert.Contains(mail.Notes[0], "lớp 10A2, 12A4");
        StringAssert.Contains(mail.Notes[0], "homeroomTeachers");
    }

    [TestMethod]
    public void Says_which_session_which_classes_and_by_when()
    {
        var mail = ReminderMail.For(MailTestProfiles.WithAddresses, October, ["10A1", "11A1"]);

        Assert.AreEqual("Nhắc gửi ý kiến, kiến nghị của học sinh trước buổi đối thoại Thứ Sáu 28/10/2022 14:00", mail.Subject);
        Assert.AreEqual("Kính gửi: Các thầy cô giáo chủ nhiệm lớp 10A1, 11A1.", mail.Paragraphs[0]);
        StringAssert.Contains(mail.TextBody, "chưa nhận được ý kiến, kiến nghị của học sinh lớp 10A1, 11A1 cho buổi tiếp xúc, đối thoại với học sinh khác tháng 10/2022, lúc 14 giờ, Thứ Sáu 28/10/2022, tại Nhà đa năng.");
        StringAssert.Contains(mail.TextBody, "trước 15 giờ, Thứ Năm 27/10/2022 (bản mềm gửi tới phamtuananhbh2@laocai.edu.vn, hoặc nhập vào sổ tổng hợp chung).");
        Assert.IsNull(mail.AttachmentName);
        Assert.HasCount(2, mail.To);
        Assert.HasCount(0, mail.Notes);
    }

    [TestMethod]
    public void Boarding_rooms_go_to_the_board_members_who_look_after_them()
    {
        var mail = ReminderMail.For(MailTestProfiles.WithAddresses, OctoberBoarding, ["Phòng 2", "Phòng 9"]);

        CollectionAssert.AreEquivalent(new[] { "pham.bqlbt@thpt2bacha.edu.vn", "chu.ga@thpt2bacha.edu.vn" }, mail.To.Select(r => r.Address).ToArray());
        Assert.AreEqual("Kính gửi: Ban quản lý học sinh bán trú (phụ trách Phòng 2, Phòng 9).", mail.Paragraphs[0]);
        Assert.HasCount(0, mail.Notes, "Phòng 9 has the head of the board, who looks after every room");
    }

    [TestMethod]
    public void Nothing_silent_is_nothing_to_remind()
    {
        var ex = Assert.ThrowsExactly<DoiThoaiException>(() => ReminderMail.For(MailTestProfiles.WithAddresses, October, []));

        Assert.AreEqual(ErrorCodes.NothingToRemind, ex.Code);
        StringAssert.Contains(ex.Message, "28/10/2022");
    }

    [TestMethod]
    public void A_class_name_with_markup_stays_text()
    {
        var profile = MailTestProfiles.WithAddresses with { HomeroomTeachers = [new HomeroomTeacher("<img src=x onerror=alert(1)>", "<b>Cô</b>", "co@thpt2bacha.edu.vn")] };

        var mail = ReminderMail.For(profile, October, ["<img src=x onerror=alert(1)>"]);

        Assert.DoesNotContain("<img", mail.HtmlBody);
        StringAssert.Contains(mail.HtmlBody, "lớp &lt;img src=x onerror=alert(1)&gt;");
    }

    [TestMethod]
    public void No_student_name_appears_in_either_mail()
    {
        var profile = MailTestProfiles.WithAddresses;
        var submissions = SampleSubmissions.Generate(profile, Calendar, 300).ToList();
        var own = SessionSubmissions.For(October, submissions);
        var silent = profile.Classes.Where(c => !own.Any(s => s.ClassOrRoom == c)).Append("10A1").ToList();

        var mails = new[] { ReminderMail.For(profile, October, silent), ReportMail.For(profile, October.Month, "bao-cao-2022-10.docx") };

        var names = submissions.Select(s => s.StudentName).OfType<string>().Distinct().ToList();
        Assert.IsNotEmpty(names);
        foreach (var mail in mails)
        {
            var all = mail.Subject + mail.TextBody + mail.HtmlBody + string.Join(" ", mail.Notes);
            Assert.IsFalse(names.Any(n => all.Contains(n, StringComparison.Ordinal)), "a student's name in: " + mail.Subject);
        }
    }
}
