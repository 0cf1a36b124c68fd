using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Tests.Features.Petitions.Duplicates;

public sealed class LetterTextTests
{
    private const string Letter = """
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Võ Nhai, ngày 15 tháng 08 năm 2026

        ĐƠN KIẾN NGHỊ

        Kính gửi:
        - Ủy ban nhân dân tỉnh Thái Nguyên;
        - Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên.

        Con đường xóm Văn Hữu hư hỏng nặng.
        Tôi xin chân thành cảm ơn!

        Người viết đơn
        Phạm Văn Mạnh
        """;

    [Fact]
    public void Of_Boilerplate_IsLeftOut()
    {
        var text = LetterText.Of(null, Letter);

        Assert.Equal(["con", "duong", "xom", "van", "huu", "hu", "hong", "nang", "toi"], text.Tokens);
    }

    [Fact]
    public void Of_ToneStyleAndDiacritics_GiveTheSameTokens()
    {
        var a = LetterText.Of(null, "Xã Hoà Bình, công trình thuỷ lợi của Công ty Kỹ thuật");
        var b = LetterText.Of(null, "xa hoa binh, cong trinh thuy loi cua cong ty ki thuat");

        Assert.Equal(a.Tokens, b.Tokens);
    }

    [Fact]
    public void Tokenize_GroupedNumbers_ReadAsOne_AndIdNumbersAreLeftOut()
    {
        var tokens = new List<string>();

        LetterText.Tokenize("so tien 125.000.000 dong ngay 12/03/2025, cccd 019061843976", tokens);

        Assert.Equal(["so", "tien", "125000000", "dong", "ngay", "12/03/2025", "cccd"], tokens);
    }

    [Theory]
    [InlineData("Tôi đã gửi đơn ngày 12/03/2026 nhưng đến nay chưa được giải quyết.", true)]
    [InlineData("ĐƠN KHIẾU NẠI (LẦN 2)", true)]
    [InlineData("Tôi làm đơn này đề nghị giải quyết.", false)]
    public void Of_Reminder_IsRecognised(string content, bool isReminder)
    {
        Assert.Equal(isReminder, LetterText.Of(null, content).IsReminder);
    }
}
