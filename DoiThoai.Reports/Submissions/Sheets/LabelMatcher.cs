namespace DoiThoai.Reports.Submissions.Sheets;

/// <summary>
/// Matches a cell's text to one of a few known values: exactly first (the common, fast case), then with
/// <see cref="HeaderText.Key"/> tolerance (case, spacing, diacritics). Not thread-safe (it caches).
/// </summary>
internal sealed class LabelMatcher<T>
{
    private readonly Dictionary<string, T> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T?> _misses = new(StringComparer.Ordinal);

    public LabelMatcher(IEnumerable<KeyValuePair<string, T>> labels)
    {
        foreach (var (label, value) in labels)
        {
            _exact.TryAdd(label, value);
            _byKey.TryAdd(HeaderText.Key(label), value);
        }
    }

    public bool TryMatch(string text, out T value)
    {
        if (_exact.TryGetValue(text, out value!))
        {
            return true;
        }

        if (_misses.ContainsKey(text))
        {
            return false;
        }

        if (_byKey.TryGetValue(HeaderText.Key(text), out value!))
        {
            // A variant spelling seen once is usually repeated down the column: remember it.
            if (_exact.Count < 10_000)
            {
                _exact[text] = value;
            }

            return true;
        }

        if (_misses.Count < 10_000)
        {
            _misses[text] = default;
        }

        return false;
    }
}
