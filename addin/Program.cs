using DoiThoai.Addin.Hosting;
using DoiThoai.Reports;

// The embedded default needs no configuration: the bundled school profile, a sample workbook in ./du-lieu/, this
// machine only (AddinHost). A refusal to start is one Vietnamese line and exit code 2, as with the doithoai command.
WebApplication app;
try
{
    app = AddinHost.Build(args);
}
catch (DoiThoaiException ex)
{
    await Console.Error.WriteLineAsync("Lỗi: " + ex.Message);
    return 2;
}

await app.RunAsync();
return 0;
