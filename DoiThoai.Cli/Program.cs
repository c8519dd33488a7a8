using DoiThoai.Cli;

PhaseTimings.Mark("runtime start-up");
var exitCode = DoiThoaiCommand.Run(args, Console.Out, Console.Error);
PhaseTimings.Mark("done");
PhaseTimings.ListAssemblies();
return exitCode;
