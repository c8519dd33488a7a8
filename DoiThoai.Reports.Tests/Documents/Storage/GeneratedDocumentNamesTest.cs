using DoiThoai.Reports.Documents.Storage;

namespace DoiThoai.Reports.Tests.Documents.Storage;

[TestClass]
public sealed class GeneratedDocumentNamesTest
{
    [TestMethod]
    [DataRow("bao-cao-2022-10.docx", true)]
    [DataRow("bien-ban-2022-10-day.docx", true)]
    [DataRow("bien-ban-2022-10-semi-boarding.docx", true)]
    [DataRow("tong-hop-2022-11-15-extra-day.docx", true)]
    [DataRow("tong-hop-2022-11-15-extra-semi-boarding-2.docx", true)]
    [DataRow("Bao-cao-2022-10.docx", false)]
    [DataRow("bao-cao-2022-10 (da ky).docx", false)]
    [DataRow("bao-cao-2022-10-da-sua.docx", false)]
    [DataRow("bien-ban-2022-10-day-da-dien.docx", false)]
    [DataRow("bien-ban-cua-co-mai.docx", false)]
    [DataRow("bao-cao-2022-10.doc", false)]
    [DataRow("ke-hoach-doi-thoai.docx", false)]
    public void Only_the_names_doithoai_gives_are_its_own(string name, bool generated)
    {
        Assert.AreEqual(generated, GeneratedDocumentNames.IsGenerated(name));
    }
}
