using System.Buffers.Binary;

namespace PolicySearch.Engine.Analysis.Segmentation;

/// <summary>Reads what .NET's BinaryWriter wrote: little-endian integers and chars as UTF-8 (BMP only, as Write(char) allows).</summary>
internal ref struct ByteCursor(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public int Int32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(_data[_position..]);
        _position += 4;
        return value;
    }

    public short Int16()
    {
        var value = BinaryPrimitives.ReadInt16LittleEndian(_data[_position..]);
        _position += 2;
        return value;
    }

    public char Char()
    {
        int first = _data[_position++];
        if (first < 0x80)
        {
            return (char)first;
        }

        if ((first & 0xE0) == 0xC0)
        {
            return (char)(((first & 0x1F) << 6) | Continuation());
        }

        if ((first & 0xF0) == 0xE0)
        {
            var high = (first & 0x0F) << 12;
            return (char)(high | (Continuation() << 6) | Continuation());
        }

        throw new InvalidDataException($"Unexpected UTF-8 lead byte 0x{first:X2} at {_position - 1}.");
    }

    public char[] Chars(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = Char();
        }

        return chars;
    }

    private int Continuation()
    {
        int next = _data[_position++];
        return (next & 0xC0) == 0x80
            ? next & 0x3F
            : throw new InvalidDataException($"Unexpected UTF-8 continuation byte 0x{next:X2} at {_position - 1}.");
    }
}
