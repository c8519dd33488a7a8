using System.Diagnostics;

namespace DoiThoai.Reports.Tests.Documents;

/// <summary>Runs LibreOffice headless (installed on developer machines and in CI) to convert a document.</summary>
internal static class LibreOffice
{
    public static string? Executable =>
        new[] { "/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);

    /// <summary>Converts <paramref name="docx"/> to <paramref name="format"/> (pdf, docx) and returns the bytes.</summary>
    public static byte[] Convert(byte[] docx, string format)
    {
        var soffice = Executable;
        if (soffice is null)
        {
            Assert.Inconclusive("LibreOffice (soffice) is not installed.");
        }

        var dir = Directory.CreateTempSubdirectory("doithoai-lo-");
        try
        {
            var input = Path.Combine(dir.FullName, "in", "van-ban.docx");
            Directory.CreateDirectory(Path.GetDirectoryName(input)!);
            File.WriteAllBytes(input, docx);
            var outDir = Path.Combine(dir.FullName, "out");
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            // A profile of its own, so parallel runs do not wait for each other's lock.
            start.ArgumentList.Add("-env:UserInstallation=file://" + Path.Combine(dir.FullName, "profile"));
            foreach (var arg in new[] { "--headless", "--convert-to", format, "--outdir", outDir, input })
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

            var output = Path.Combine(outDir, "van-ban." + format);
            Assert.AreEqual(0, process.ExitCode, stderr.Result);
            Assert.IsTrue(File.Exists(output), "LibreOffice wrote nothing: " + stderr.Result);
            return File.ReadAllBytes(output);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
