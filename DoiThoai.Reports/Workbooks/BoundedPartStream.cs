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
    private enum State
    {
        Text,
        TagStart,
        Tag,
        Quoted,
        Special,
    }

    private long _read;
    private State _state;
    private byte _quote;
    private long _markup;

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

        Scan(buffer[..n]);
        return n;
    }

    /// <summary>Follows tags and quoted attribute values, counting the bytes of the current piece of markup.</summary>
    private void Scan(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty)
        {
            int at;
            switch (_state)
            {
                case State.Text:
                    at = bytes.IndexOf((byte)'<');
                    if (at < 0)
                    {
                        return;
                    }

                    _state = State.TagStart;
                    _markup = 1;
                    bytes = bytes[(at + 1)..];
                    continue;
                case State.TagStart:
                    // Comments, CDATA and processing instructions may hold quotes: only their end counts.
                    _state = bytes[0] is (byte)'!' or (byte)'?' ? State.Special : State.Tag;
                    continue;
                case State.Tag:
                    at = bytes.IndexOfAny((byte)'>', (byte)'"', (byte)'\'');
                    break;
                case State.Quoted:
                    at = bytes.IndexOf(_quote);
                    break;
                default:
                    at = bytes.IndexOf((byte)'>');
                    break;
            }

            _markup += at < 0 ? bytes.Length : at + 1;
            if (_markup > WorkbookLimits.MaxMarkupBytes)
            {
                throw new WorkbookAccessException(WorkbookMessages.MarkupTooLong(file, part), code: ErrorCodes.WorkbookInvalid);
            }

            if (at < 0)
            {
                return;
            }

            var found = bytes[at];
            _state = _state switch
            {
                State.Tag when found != (byte)'>' => State.Quoted,
                State.Quoted => State.Tag,
                _ => State.Text,
            };
            _quote = found;
            bytes = bytes[(at + 1)..];
        }
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
