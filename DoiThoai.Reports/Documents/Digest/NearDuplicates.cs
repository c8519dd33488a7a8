using System.Globalization;
using System.Text;
using DoiThoai.Reports.Submissions;

namespace DoiThoai.Reports.Documents.Digest;

/// <summary>
/// Finds submissions from different classes or rooms that say nearly the same thing, so the leadership
/// answers them once. Similarity is the Jaccard index of the two sets of words, compared without
/// diacritics and case (<c>Đề nghị sửa quạt</c> ~ <c>de nghi sua quat</c>), leaving out a few words every
/// request contains and tokens with digits (class names). Pairs at or above <see cref="Threshold"/> are
/// linked; linked submissions form one group (transitively).
/// </summary>
public static class NearDuplicates
{
    /// <summary>
    /// 0.5: half the distinct words shared. Checked on the plan's kind of requests: rewordings of one request
    /// score 0.6-1.0, different requests on the same topic below 0.35.
    /// </summary>
    public const double Threshold = 0.5;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "em", "chung", "xin", "de", "nghi", "cho", "cua", "va", "la", "nha", "truong", "lop", "cac", "nhung", "duoc", "voi", "ve", "muon", "hoi", "ạ", "a",
    };

    /// <summary>Groups of two or more submissions from at least two classes or rooms, each ordered by ID.</summary>
    public static IReadOnlyList<IReadOnlyList<Submission>> Find(IReadOnlyList<Submission> submissions, double threshold = Threshold)
    {
        var words = submissions.Select(s => Words(s.Content)).ToArray();
        var parent = Enumerable.Range(0, submissions.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < submissions.Count; i++)
        {
            for (var j = i + 1; j < submissions.Count; j++)
            {
                if (!string.Equals(submissions[i].ClassOrRoom, submissions[j].ClassOrRoom, StringComparison.Ordinal)
                    && Similarity(words[i], words[j]) >= threshold)
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        return Enumerable.Range(0, submissions.Count)
            .GroupBy(Root)
            .Select(g => (IReadOnlyList<Submission>)g.Select(i => submissions[i]).OrderBy(s => s.Id, StringComparer.Ordinal).ToList())
            .Where(g => g.Select(s => s.ClassOrRoom).Distinct(StringComparer.Ordinal).Count() >= 2)
            .OrderBy(g => g[0].Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Jaccard index of two word sets; 0 when both are empty.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>The comparable words of a text: lower case, without diacritics, without stop words and digits.</summary>
    public static IReadOnlySet<string> Words(string text)
    {
        // Sanitized first: normalisation refuses noncharacters such as U+FFFE.
        var decomposed = UntrustedText.ForDocument(text).Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w) && !w.Any(char.IsDigit))
            .ToHashSet(StringComparer.Ordinal);
    }
}
