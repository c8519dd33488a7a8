using DoiThoai.Cli;

return DoiThoaiCommand.Run(args, Console.Out, Console.Error);
