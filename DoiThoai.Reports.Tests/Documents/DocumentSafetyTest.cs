using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Tests.Documents;

[TestClass]
public sealed class DocumentSafetyTest
{
    [TestMethod]
    public void Anonymous_students_are_named_nowhere_in_any_part_of_any_document()
    {
        var submissions = DocumentTestData.October2022();
        // The check can fail: the named student does appear.
        var all = DocumentSet.All(submissions).ToList();
        Assert.IsTrue(all.Any(d => DocumentTestData.AllXml(d.Docx).Contains("Lò Văn Minh", StringComparison.Ordinal)));
        foreach (var (name, docx) in all)
        {
            var xml = DocumentTestData.AllXml(docx);
            Assert.IsFalse(xml.Contains(DocumentTestData.SecretName, StringComparison.Ordinal), name);
            Assert.IsFalse(xml.Contains("Bí Mật", StringComparison.Ordinal), name);
            if (name.StartsWith("report", StringComparison.Ordinal))
            {
                // The report, its appendix of every submission included, names no student at all.
                StringAssert.Contains(xml, "PHỤ LỤC", name);
                StringAssert.Contains(xml, "Đề nghị sửa quạt trần phòng học lớp 10A1 bị hỏng", name + ": the named student's submission is listed");
                Assert.IsFalse(xml.Contains("Lò Văn Minh", StringComparison.Ordinal), name);
            }
        }
    }

    [TestMethod]
    public void Hostile_text_gives_valid_documents()
    {
        var hostile = new[]
        {
            "Điều khiển\u0001\u0002\u0003\u0008\u000B\u000C\u000E\u001F lạ",
            new string('x', 32_000),
            "Emoji 😀👍🏽 và ký tự 𝔘",
            "<w:p><w:r><w:t>giả</w:t></w:r></w:p> ]]> &amp; &lt; \"'",
            "  khoảng trắng đầu và cuối  ",
            "dòng 1\r\ndòng 2\rdòng 3\ttab",
            "\uFFFE\uFFFF",
        };
        var submissions = new List<Submission>();
        var n = 100;
        foreach (var text in hostile)
        {
            foreach (var cohort in new[] { Cohort.Day, Cohort.SemiBoarding })
            {
                n++;
                submissions.Add(DocumentTestData.Make($"2022-10-{n:000}", cohort == Cohort.Day ? "10A1" : "Phòng 1", text, text, cohort,
                    status: n % 2 == 0 ? SubmissionStatus.Forwarded : SubmissionStatus.Answered, answer: text, student: text));
            }
        }

        foreach (var (name, docx) in DocumentSet.All(submissions))
        {
            var errors = DocumentTestData.Validate(docx);
            Assert.IsEmpty(errors, name + ": " + string.Join("\n", errors));
            var xml = DocumentTestData.AllXml(docx);
            Assert.IsFalse(xml.Contains('\u0001'), name);
            if (name.StartsWith("minutes", StringComparison.Ordinal) || name.StartsWith("report", StringComparison.Ordinal))
            {
                StringAssert.Contains(xml, new string('x', 32_000), name + ": the long text is kept whole (the report's in its appendix)");
                StringAssert.Contains(xml, "😀👍🏽", name);
            }

            StringAssert.Contains(xml, "&lt;w:p&gt;", name + ": markup look-alikes are text");
        }
    }
}
