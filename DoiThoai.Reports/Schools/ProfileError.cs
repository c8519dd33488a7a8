namespace DoiThoai.Reports.Schools;

/// <summary>One faulty field of a school profile: its JSON path (<c>$.cohorts[1].startTime</c>) and what is wrong, in Vietnamese.</summary>
public sealed record ProfileError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
