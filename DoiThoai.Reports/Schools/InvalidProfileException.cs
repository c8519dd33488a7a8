namespace DoiThoai.Reports.Schools;

/// <summary>A school profile was refused; <see cref="Errors"/> names every faulty field.</summary>
public sealed class InvalidProfileException(string source, IReadOnlyList<ProfileError> errors)
    : DoiThoaiException(ErrorCodes.ProfileInvalid, $"Hồ sơ trường '{source}' không hợp lệ ({errors.Count} lỗi): " + string.Join("; ", errors))
{
    public string ProfileSource { get; } = source;

    public IReadOnlyList<ProfileError> Errors { get; } = errors;
}
