using System.CommandLine;
using System.CommandLine.Help;
using DoiThoai.Cli.Commands;
using DoiThoai.Reports;
using DoiThoai.Reports.Schools;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Cli;

/// <summary>The <c>doithoai</c> root command: wires the subcommands and turns user errors into exit code 2.</summary>
public static class DoiThoaiCommand
{
    /// <summary>Exit code for bad input (a wrong option, a bad profile or workbook path).</summary>
    public const int BadInput = 2;

    public static RootCommand Create()
    {
        var root = new RootCommand("DoiThoai: tổ chức đối thoại với học sinh — lịch, sổ tổng hợp ý kiến, biên bản và báo cáo.");
        // The built-in options speak English; the people at the keyboard read Vietnamese.
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "Xem hướng dẫn sử dụng lệnh",
                VersionOption => "Xem phiên bản",
                _ => option.Description,
            };
        }

        root.Subcommands.Add(ScheduleCommand.Create());
        root.Subcommands.Add(WorkbookCommand.Create());
        root.Subcommands.Add(MinutesCommand.Create());
        root.Subcommands.Add(DigestCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(TemplateCommand.Create());
        return root;
    }

    /// <summary>Runs the command line; output and errors go to the given writers (tests pass their own).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // With no command at all, a newcomer gets the list of commands rather than an error.
        var parseResult = Create().Parse(args.Length == 0 ? ["--help"] : args);
        if (parseResult.Errors.Count > 0)
        {
            error.WriteLine("Lỗi: lệnh không hợp lệ — " + string.Join("; ", parseResult.Errors.Select(e => ParseErrorText.Translate(e.Message))) + " (xem: doithoai --help)");
            return BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InvalidProfileException ex)
        {
            error.WriteLine($"Lỗi: hồ sơ trường '{ex.ProfileSource}' không hợp lệ: " + string.Join("; ", ex.Errors));
            return BadInput;
        }
        catch (DoiThoaiException ex)
        {
            error.WriteLine("Lỗi: " + UntrustedText.OneLine(ex.Message));
            return BadInput;
        }
    }
}
