using System.Diagnostics;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// Runs LibreOffice headless to convert a document or workbook, as a person opening it would. `.ci/run` installs
/// it, so in CI a missing LibreOffice fails the test; on a developer machine without it the test is inconclusive.
/// </summary>
internal static class LibreOffice
{
    private static readonly string[] Candidates = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"];

    /// <summary>The soffice executable; with <paramref name="calc"/>, one whose installation has Calc (the writer-only package lacks it).</summary>
    public static string Require(bool calc = false)
    {
        var soffice = Candidates.FirstOrDefault(File.Exists);
        var program = soffice is null ? null : (new FileInfo(soffice).ResolveLinkTarget(true) as FileInfo ?? new FileInfo(soffice)).Directory;
        if (soffice is null || (calc && (program is null || !program.EnumerateFiles("libsclo.so").Any())))
        {
            var what = calc ? "LibreOffice Calc (libreoffice-calc-nogui)" : "LibreOffice (libreoffice-writer-nogui)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{what} is missing in CI: .ci/run should have installed it.");
            }

            Assert.Inconclusive($"{what} is not installed.");
        }

        return soffice;
    }

    /// <summary>Converts the file at <paramref name="input"/> with <paramref name="filter"/> (pdf, docx, csv:…) into <paramref name="outDir"/>; returns the output's path.</summary>
    public static string ConvertFile(string input, string filter, string outDir, bool calc = false)
    {
        var soffice = Require(calc);
        var profile = Directory.CreateTempSubdirectory("doithoai-lo-profile-");
        try
        {
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            // A profile of its own, so parallel runs do not wait for each other's lock.
            start.ArgumentList.Add("-env:UserInstallation=file://" + profile.FullName);
            foreach (var arg in new[] { "--headless", "--convert-to", filter, "--outdir", outDir, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(true);
                Assert.Fail("LibreOffice did not finish in 3 minutes.");
            }

            var extension = filter.Split(':')[0];
            var output = Path.Combine(outDir, Path.GetFileNameWithoutExtension(input) + "." + extension);
            Assert.AreEqual(0, process.ExitCode, stderr.Result);
            Assert.IsTrue(File.Exists(output), "LibreOffice wrote nothing: " + stderr.Result);
            return output;
        }
        finally
        {
            profile.Delete(true);
        }
    }

    /// <summary>Converts a .docx given as bytes to <paramref name="format"/> (pdf, docx) and returns the bytes.</summary>
    public static byte[] Convert(byte[] docx, string format)
    {
        var dir = Directory.CreateTempSubdirectory("doithoai-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "in", "van-ban.docx");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.WriteAllBytes(input, docx);
            return File.ReadAllBytes(ConvertFile(input, format, Path.Combine(dir.FullName, "out")));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
