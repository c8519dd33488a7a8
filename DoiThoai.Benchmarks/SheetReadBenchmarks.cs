using System.Xml;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml.Packaging;
using DoiThoai.Reports.Scheduling;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;
using DoiThoai.Reports.Submissions.Sheets;
using DoiThoai.Reports.Workbooks;

namespace DoiThoai.Benchmarks;

/// <summary>
/// Reading and validating a province-scale sheet (100,000 generated rows) against a bare
/// <see cref="XmlReader"/> pass over the same worksheet part: the ratio shows what parsing and validation cost
/// on top of the unavoidable unzip-and-tokenise. Target: ≤ 1 s and ≤ 200 MB peak on a 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class SheetReadBenchmarks
{
    private SchoolProfile _profile = null!;
    private SchoolCalendar _calendar = null!;
    private string _path = null!;

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void CreateWorkbook()
    {
        _profile = SchoolProfileLoader.LoadDefault();
        _calendar = SessionCalendar.Build(_profile);
        _path = Path.Combine(Path.GetTempPath(), $"doithoai-bench-{Rows}.xlsx");
        WorkbookTemplate.Create(_path, _profile, SampleSubmissions.Generate(_profile, _calendar, Rows));
    }

    [GlobalCleanup]
    public void DeleteWorkbook() => File.Delete(_path);

    [Benchmark(Baseline = true)]
    public int BareXmlReader()
    {
        using var document = SpreadsheetDocument.Open(_path, false);
        var part = document.WorkbookPart!.WorksheetParts.First(p => p.TableDefinitionParts.Any());
        using var reader = XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read));
        var elements = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                elements++;
            }
        }

        return elements;
    }

    /// <summary>The local source alone: unzip, scan, resolve cells; no validation.</summary>
    [Benchmark]
    public int SourceRowsOnly() => new LocalWorkbookSource(_path).ReadRows().Count();

    [Benchmark]
    public async Task<int> ReadAndValidate()
    {
        var result = await SubmissionSheetReader.ReadAsync(new LocalWorkbookSource(_path), _profile, _calendar);
        if (result.RowsRead != Rows)
        {
            throw new InvalidOperationException($"read {result.RowsRead} rows, expected {Rows}");
        }

        return result.Accepted;
    }
}
