using System.Buffers;
using System.Text.Unicode;

namespace Entente.Core.Reading;

/// <summary>Thrown by <see cref="StrictUtf8TextReader"/> at the first byte that is not valid UTF-8.</summary>
internal sealed class InvalidUtf8Exception(long byteOffset, int line)
    : Exception($"invalid UTF-8 at byte {byteOffset} (line {line})")
{
    public long ByteOffset { get; } = byteOffset;
    public int Line { get; } = line;
}

/// <summary>
/// Decodes a stream as strict UTF-8 (a leading BOM is skipped) with bounded memory. On the first invalid byte it throws
/// <see cref="InvalidUtf8Exception"/> carrying the byte offset (from the start of the stream) and the 1-based line.
/// Characters before the bad byte are delivered first.
/// </summary>
internal sealed class StrictUtf8TextReader(Stream stream, int bufferBytes = 64 * 1024) : TextReader
{
    private readonly byte[] _bytes = new byte[Math.Max(16, bufferBytes)];
    private readonly char[] _chars = new char[Math.Max(16, bufferBytes)];
    private int _bStart, _bEnd, _cStart, _cEnd;
    private bool _eof, _bomChecked;
    private long _consumed;
    private int _line = 1;

    public override int Peek() => _cStart < _cEnd || Fill() ? _chars[_cStart] : -1;

    public override int Read() => _cStart < _cEnd || Fill() ? _chars[_cStart++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (_cStart >= _cEnd && !Fill()))
            return 0;
        int n = Math.Min(buffer.Length, _cEnd - _cStart);
        _chars.AsSpan(_cStart, n).CopyTo(buffer);
        _cStart += n;
        return n;
    }

    private bool Fill()
    {
        while (true)
        {
            if (!_bomChecked)
            {
                while (!_eof && _bEnd < 3) ReadMore();
                _bomChecked = true;
                if (_bEnd >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF)
                {
                    _bStart = 3;
                    _consumed = 3;
                }
            }
            if (_bStart < _bEnd)
            {
                var src = _bytes.AsSpan(_bStart, _bEnd - _bStart);
                var status = Utf8.ToUtf16(src, _chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: _eof);
                _line += src[..read].Count((byte)'\n');
                _consumed += read;
                _bStart += read;
                _cStart = 0;
                _cEnd = written;
                if (written > 0)
                    return true;
                if (status == OperationStatus.InvalidData || (status == OperationStatus.NeedMoreData && _eof))
                    throw new InvalidUtf8Exception(_consumed, _line);
            }
            else if (_eof)
            {
                return false;
            }
            ReadMore();
        }
    }

    private void ReadMore()
    {
        if (_bStart > 0)
        {
            Array.Copy(_bytes, _bStart, _bytes, 0, _bEnd - _bStart);
            _bEnd -= _bStart;
            _bStart = 0;
        }
        int n = stream.Read(_bytes, _bEnd, _bytes.Length - _bEnd);
        if (n == 0) _eof = true;
        _bEnd += n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) stream.Dispose();
        base.Dispose(disposing);
    }
}
