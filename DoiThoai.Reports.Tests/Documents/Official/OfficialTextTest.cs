using DoiThoai.Reports.Documents.Official;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Tests.Documents.Official;

[TestClass]
public sealed class OfficialTextTest
{
    [TestMethod]
    [DataRow("a\u0001b\u0008c\u000Bd\u001Fe", "abcde")]
    [DataRow("dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3")]
    [DataRow("tab\tok", "tab\tok")]
    [DataRow("emoji 😀 ok", "emoji 😀 ok")]
    [DataRow("\uFFFE\uFFFFx", "x")]
    [DataRow("<w:p>]]>&amp;", "<w:p>]]>&amp;")]
    public void Sanitize_drops_what_XML_cannot_carry(string input, string expected) =>
        Assert.AreEqual(expected, UntrustedText.ForDocument(input));

    [TestMethod]
    public void Sanitize_drops_lone_surrogates()
    {
        // Built at run time: attribute metadata cannot carry a lone surrogate.
        var input = "lone " + (char)0xD800 + " surrogate " + (char)0xDC00;
        Assert.AreEqual("lone  surrogate ", UntrustedText.ForDocument(input));
    }

    [TestMethod]
    [DataRow(5, "Số: 05/BC-THPTS2.BH")]
    [DataRow(12, "Số: 12/BC-THPTS2.BH")]
    public void Number_has_a_leading_zero_below_10(int number, string expected) =>
        Assert.AreEqual(expected, new DocumentNumber("BC", "THPTS2.BH", number).Line);
}
