using DoiThoai.Reports.Submissions.Sheets;

namespace DoiThoai.Reports.Workbooks;

/// <summary>
/// A part's decompressed XML, read through two bounds: its size (<paramref name="maxBytes"/>), however small the zip
/// entry says it is, and the length of any one piece of markup (<see cref="WorkbookLimits.MaxMarkupBytes"/>), because
/// an <see cref="System.Xml.XmlReader"/> holds a tag, an attribute value or a name whole in memory. Text between tags
/// is not bounded here: the row reader reads it in chunks. Read-only, forward-only; not thread-safe.
/// </summary>
internal sealed class BoundedPartStream(Stream inner, long maxBytes, string file, string part) : Stream
{
    // Neither a tag (attribute values included) nor a text holds a '<', so everything the XML reader may hold whole
    // lies between two '<'s. Such a gap is looked into only when it grows past the bound, which Excel's files never
    // do: then it is markup (refused) unless a '>' outside quotes ends the tag within the bound (a long text, read in
    // chunks). Normal parts cost two vectorised searches per read.
    private long _read;
    private byte[] _gap = new byte[256];
    private int _kept;
    private long _gapLength;
    private bool _gapIsText;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > maxBytes)
        {
            throw new WorkbookAccessException(WorkbookMessages.PartTooLarge(file, part, maxBytes), code: ErrorCodes.WorkbookInvalid);
        }

        Follow(buffer[..n]);
        return n;
    }

    private void Follow(ReadOnlySpan<byte> bytes)
    {
        var first = bytes.IndexOf((byte)'<');
        if (first < 0)
        {
            Extend(bytes);
            return;
        }

        // The gap before the first '<' ends here; gaps inside one read are shorter than the bound.
        Extend(bytes[..first]);
        var last = bytes.LastIndexOf((byte)'<');
        _kept = 0;
        _gapLength = 0;
        _gapIsText = false;
        Extend(bytes[(last + 1)..]);
    }

    private void Extend(ReadOnlySpan<byte> bytes)
    {
        if (_gapIsText)
        {
            return;
        }

        var keep = (int)Math.Min(bytes.Length, WorkbookLimits.MaxMarkupBytes + 1L - _kept);
        if (keep > 0)
        {
            if (_kept + keep > _gap.Length)
            {
                Array.Resize(ref _gap, (int)Math.Min(WorkbookLimits.MaxMarkupBytes + 1L, Math.Max(_gap.Length * 2L, _kept + keep)));
            }

            bytes[..keep].CopyTo(_gap.AsSpan(_kept));
            _kept += keep;
        }

        _gapLength += bytes.Length;
        if (_gapLength > WorkbookLimits.MaxMarkupBytes)
        {
            _gapIsText = MarkupEnds(_gap.AsSpan(0, _kept)) ? true
                : throw new WorkbookAccessException(WorkbookMessages.MarkupTooLong(file, part), code: ErrorCodes.WorkbookInvalid);
        }
    }

    /// <summary>True when the markup opened by the &lt; just before <paramref name="afterOpening"/> closes within it.</summary>
    private static bool MarkupEnds(ReadOnlySpan<byte> afterOpening)
    {
        if (afterOpening.IsEmpty)
        {
            return false;
        }

        // Comments, CDATA and processing instructions may hold quotes: only their end counts.
        if (afterOpening[0] is (byte)'!' or (byte)'?')
        {
            return afterOpening.IndexOf((byte)'>') >= 0;
        }

        byte quote = 0;
        foreach (var b in afterOpening)
        {
            if (quote != 0)
            {
                quote = b == quote ? (byte)0 : quote;
            }
            else if (b is (byte)'"' or (byte)'\'')
            {
                quote = b;
            }
            else if (b == (byte)'>')
            {
                return true;
            }
        }

        return false;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
