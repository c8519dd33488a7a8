namespace DoiThoai.Addin.Contracts;

/// <summary>A topic's submissions in the month: all, day students', semi-boarding students'.</summary>
public sealed record TopicCountResponse(string Topic, int Count, int Day, int SemiBoarding);
