using PhoiHop.Common;

namespace PhoiHop.Tests.Common;

public sealed class CsvReaderTests
{
    [Fact]
    public void Read_QuotedFields_KeepSeparatorsAndDoubledQuotesAsText()
    {
        using var csv = new StringReader("\"Phường Thử, Hai\",\"gọi là \"\"phường\"\"\",3\n");

        var rows = CsvReader.Read(csv).ToList();

        var (line, fields) = Assert.Single(rows);
        Assert.Equal(1, line);
        Assert.Equal(["Phường Thử, Hai", "gọi là \"phường\"", "3"], fields);
    }

    [Theory]
    [InlineData("Mã;Tên;Cấp\n01;Hà Nội;Tỉnh\n")]
    [InlineData("Mã\tTên\tCấp\n01\tHà Nội\tTỉnh\n")]
    [InlineData("Mã,Tên,Cấp\r\n01,Hà Nội,Tỉnh\r\n")]
    public void Read_SeparatorOfTheFirstLine_IsUsedThroughout(string text)
    {
        using var csv = new StringReader(text);

        var rows = CsvReader.Read(csv).Select(r => r.Fields).ToList();

        Assert.Equal([["Mã", "Tên", "Cấp"], ["01", "Hà Nội", "Tỉnh"]], rows);
    }

    [Fact]
    public void Read_BlankLinesAndQuotedNewlines_RowsKeepTheLineTheyStartOn()
    {
        using var csv = new StringReader("a,b\n\n\"x\ny\",z\nc,d");

        var rows = CsvReader.Read(csv).ToList();

        Assert.Equal([1, 3, 5], rows.Select(r => r.Line));
        Assert.Equal(["x\ny", "z"], rows[1].Fields);
        Assert.Equal(["c", "d"], rows[2].Fields);
    }

    [Fact]
    public void Read_EmptyFields_AreKept()
    {
        using var csv = new StringReader("01,,Tỉnh,\n");

        var rows = CsvReader.Read(csv).ToList();

        Assert.Equal(["01", "", "Tỉnh", ""], Assert.Single(rows).Fields);
    }
}
