using NodaTime;
using NodaTime.Text;

namespace DoiThoai.Reports.Schools;

// Converts loosely typed JSON fields into domain values, collecting one Vietnamese error per faulty
// path instead of stopping at the first, so a school sees every mistake in its profile at once.
internal sealed class ProfileFieldReader
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalTimePattern[] TimePatterns =
        [LocalTimePattern.CreateWithInvariantCulture("HH:mm"), LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss")];
    private static readonly LocalDateTimePattern DateTimePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.Iso;

    public List<ProfileError> Errors { get; } = [];

    public void Fail(string path, string message) => Errors.Add(new ProfileError(path, message));

    public string Text(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(path, "Thiếu giá trị (bắt buộc).");
            return "";
        }

        return value.Trim().Normalize();
    }

    /// <summary>An e-mail address, checked for form; null when empty and not <paramref name="required"/>.</summary>
    public string? Email(string? value, string path, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Fail(path, "Thiếu địa chỉ thư điện tử.");
            }

            return null;
        }

        var text = value.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(text, out var address) || address.Address != text || !address.Host.Contains('.'))
        {
            Fail(path, $"'{text}' không phải địa chỉ thư điện tử hợp lệ, ví dụ: ten@truong.edu.vn.");
            return null;
        }

        return text;
    }

    public string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().Normalize();

    public int Number(int? value, string path, int min, int max)
    {
        if (value is null)
        {
            Fail(path, "Thiếu giá trị (bắt buộc).");
            return min;
        }

        if (value < min || value > max)
        {
            Fail(path, $"Giá trị {value} phải nằm trong khoảng {min}..{max}.");
            return min;
        }

        return value.Value;
    }

    public LocalDate Date(string? value, string path) =>
        Parse(value, path, DatePattern, "ngày theo dạng yyyy-MM-dd, ví dụ 2023-01-20");

    public LocalDateTime DateTime(string? value, string path) =>
        Parse(value, path, DateTimePattern, "ngày giờ theo dạng yyyy-MM-ddTHH:mm, ví dụ 2022-11-15T14:00");

    public YearMonth Month(string? value, string path) =>
        Parse(value, path, MonthPattern, "tháng theo dạng yyyy-MM, ví dụ 2022-09");

    public LocalTime Time(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(path, "Thiếu giờ (bắt buộc), ví dụ 14:00.");
            return LocalTime.Midnight;
        }

        foreach (var pattern in TimePatterns)
        {
            var result = pattern.Parse(value.Trim());
            if (result.Success)
            {
                return result.Value;
            }
        }

        Fail(path, $"'{value}' không phải giờ hợp lệ; cần dạng HH:mm, ví dụ 14:00.");
        return LocalTime.Midnight;
    }

    public TEnum Enum<TEnum>(string? value, string path, TEnum fallback)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(path, $"Thiếu giá trị (bắt buộc); chọn một trong: {Choices<TEnum>()}.");
            return fallback;
        }

        // Numbers would parse as enum values; only names are meaningful in a profile.
        if (!value.Trim().All(char.IsAsciiDigit) && System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed)
            && System.Enum.IsDefined(parsed))
        {
            return parsed;
        }

        Fail(path, $"'{value}' không hợp lệ; chọn một trong: {Choices<TEnum>()}.");
        return fallback;
    }

    public TEnum OptionalEnum<TEnum>(string? value, string path, TEnum fallback)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? fallback : Enum(value, path, fallback);

    public DateTimeZone Zone(string? value, string path)
    {
        var id = Text(value, path);
        if (id.Length == 0)
        {
            return DateTimeZone.Utc;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (zone is null)
        {
            Fail(path, $"Múi giờ '{id}' không tồn tại trong cơ sở dữ liệu IANA; ví dụ đúng: Asia/Ho_Chi_Minh.");
            return DateTimeZone.Utc;
        }

        return zone;
    }

    public List<T> List<TItem, T>(List<TItem?>? items, string path, Func<TItem, string, T?> convert, bool required = true)
        where TItem : class
        where T : class
    {
        if (items is null || items.Count == 0)
        {
            if (required)
            {
                Fail(path, "Danh sách trống hoặc thiếu (cần ít nhất một mục).");
            }

            return [];
        }

        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (items[i] is not { } item)
            {
                Fail(itemPath, "Mục trống (null).");
                continue;
            }

            if (convert(item, itemPath) is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }

    public List<string> Texts(List<string?>? items, string path, bool required = true)
    {
        var texts = List(items, path, (string item, string itemPath) => Text(item, itemPath), required);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Length > 0 && !seen.Add(texts[i]))
            {
                Fail($"{path}[{i}]", $"'{texts[i]}' bị lặp lại.");
            }
        }

        return texts;
    }

    private T Parse<T>(string? value, string path, IPattern<T> pattern, string expected)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(path, $"Thiếu giá trị (bắt buộc); cần {expected}.");
            return default!;
        }

        var result = pattern.Parse(value.Trim());
        if (!result.Success)
        {
            Fail(path, $"'{value}' không hợp lệ; cần {expected}.");
            return default!;
        }

        return result.Value;
    }

    private static string Choices<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", System.Enum.GetNames<TEnum>());
}
