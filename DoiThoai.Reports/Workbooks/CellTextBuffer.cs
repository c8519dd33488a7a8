using System.Xml;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// The text of one cell as it is read, kept to a fixed number of characters (<see cref="Capacity"/>) while counting
/// all of them: a cell of 1.5 GB costs this buffer, and its length is still known for the message. Reused from cell
/// to cell; not thread-safe.
/// </summary>
internal sealed class CellTextBuffer(int capacity)
{
    private readonly char[] _chunk = new char[4096];
    private char[] _chars = new char[256];
    private int _length;

    public int Capacity { get; } = capacity;

    /// <summary>Characters seen since <see cref="Clear"/>, kept or not.</summary>
    public long Total { get; private set; }

    /// <summary>The characters kept.</summary>
    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        Total = 0;
    }

    /// <summary>Reads the value of the text node <paramref name="reader"/> is on, chunk by chunk; the reader stays on the node.</summary>
    public void AppendFrom(XmlReader reader)
    {
        int read;
        while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            Append(_chunk.AsSpan(0, read));
        }
    }

    public void Append(ReadOnlySpan<char> text)
    {
        Total += text.Length;
        var keep = Math.Min(text.Length, Capacity - _length);
        if (keep <= 0)
        {
            return;
        }

        if (_length + keep > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Min(Capacity, Math.Max(_chars.Length * 2, _length + keep)));
        }

        text[..keep].CopyTo(_chars.AsSpan(_length));
        _length += keep;
    }

    public override string ToString() => _length == 0 ? "" : new string(_chars, 0, _length);
}
