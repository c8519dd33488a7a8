using DoiThoai.Reports;

namespace DoiThoai.Cli;

/// <summary>Bad input from the person at the keyboard: printed as one Vietnamese line, exit code 2, no stack trace.</summary>
public sealed class UserInputException(string message) : DoiThoaiException(ErrorCodes.BadInput, message);
