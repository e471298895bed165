using PolicySearch.Core.Import;

namespace PolicySearch.Core.Tests.Import;

public class Crc32Tests
{
    [Fact]
    public void Append_CheckString_ReturnsStandardCheckValue()
    {
        Assert.Equal(0xCBF43926u, Crc32.Append(0, "123456789"u8));
    }

    [Fact]
    public void Append_InTwoParts_EqualsOnePass()
    {
        var data = "国务院关于印发的通知"u8.ToArray();

        Assert.Equal(Crc32.Append(0, data), Crc32.Append(Crc32.Append(0, data.AsSpan(0, 7)), data.AsSpan(7)));
    }

    [Fact]
    public void Append_Nothing_ReturnsZero()
    {
        Assert.Equal(0u, Crc32.Append(0, []));
    }
}
