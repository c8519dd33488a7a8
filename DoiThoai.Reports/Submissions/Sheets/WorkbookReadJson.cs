using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoiThoai.Reports.Submissions.Validation;

namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// The machine form of a sheet check (documented in docs/workbook.md):
/// <c>{"source", "sheet", "headerRow", "counts": {"rowsRead", "accepted", "rejected", "blankRows", "rowsAboveHeader", "rowsNotRead", "errors", "warnings"},
/// "findings": [{"address", "sheet", "cell", "row", "severity", "code", "message", "submissionId"}],
/// "omittedFindings": [{"code", "severity", "count"}]}</c>.
/// </summary>
public static class WorkbookReadJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(WorkbookReadResult result, string source)
    {
        var findings = new JsonArray();
        foreach (var f in result.Findings)
        {
            // As a JsonNode: the generic Add<T> would serialize by reflection, which trimming and native AOT cannot keep.
            findings.Add((JsonNode)new JsonObject
            {
                ["address"] = f.Address,
                ["sheet"] = f.Sheet,
                ["cell"] = f.Cell,
                ["row"] = f.RowNumber,
                ["severity"] = f.Severity == FindingSeverity.Error ? "error" : "warning",
                ["code"] = f.Code,
                ["message"] = f.Message,
                ["submissionId"] = f.SubmissionId,
            });
        }

        var root = new JsonObject
        {
            ["source"] = source,
            ["sheet"] = result.Sheet,
            ["headerRow"] = result.HeaderRow,
            ["counts"] = new JsonObject
            {
                ["rowsRead"] = result.RowsRead,
                ["accepted"] = result.Accepted,
                ["rejected"] = result.Rejected,
                ["blankRows"] = result.BlankRows,
                ["rowsAboveHeader"] = result.RowsAboveHeader,
                ["rowsNotRead"] = result.RowsNotRead,
                ["errors"] = result.ErrorCount,
                ["warnings"] = result.WarningCount,
            },
            ["findings"] = findings,
            ["omittedFindings"] = new JsonArray([.. result.OmittedFindings.Select(o => (JsonNode)new JsonObject
            {
                ["code"] = o.Code,
                ["severity"] = o.Severity == FindingSeverity.Error ? "error" : "warning",
                ["count"] = o.Count,
            })]),
        };
        return root.ToJsonString(Options) + "\n";
    }
}
