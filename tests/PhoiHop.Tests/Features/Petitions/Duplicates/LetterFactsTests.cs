using PhoiHop.Common;
using PhoiHop.Features.Petitions.Duplicates;

namespace PhoiHop.Tests.Features.Petitions.Duplicates;

public sealed class LetterFactsTests
{
    private static List<LetterFact> Facts(string text) => LetterFacts.Extract(VietnameseFolding.Fold(text));

    [Theory]
    [InlineData("thửa đất số 123, tờ bản đồ số 45")]
    [InlineData("Thua dat so 123 to ban do so 45")]
    [InlineData("tờ bản đồ số 45, thửa số 123")]
    [InlineData("THỬA ĐẤT SỐ: 123, TỜ BẢN ĐỒ SỐ: 45")]
    public void Extract_Parcel_WithItsMapSheet(string text)
    {
        var parcel = Assert.Single(Facts(text), f => f.Kind == LetterFactKind.Parcel);

        Assert.Equal(123, parcel.ParcelNumber);
        Assert.Equal(45, parcel.MapSheet);
    }

    [Fact]
    public void Extract_IdAndPhone_InEveryWriting()
    {
        var facts = Facts("CCCD số 019 061 843 976, điện thoại 0912.345.678 hoặc +84 912 345 679");

        Assert.Contains(LetterFact.OfText(LetterFactKind.IdNumber, "019061843976"), facts);
        Assert.Contains(LetterFact.OfText(LetterFactKind.Phone, "0912345678"), facts);
        Assert.Contains(LetterFact.OfText(LetterFactKind.Phone, "0912345679"), facts);
    }

    [Fact]
    public void Extract_Dates_ButNotBirthOrIssueDates()
    {
        var facts = Facts("Tôi sinh ngày 27/12/1961, CCCD cấp ngày 05/06/2022. Ngày 17/12/2025 xe tải đi qua; ngày 3 tháng 4 năm 2026 tôi gửi đơn.");

        var dates = facts.Where(f => f.Kind == LetterFactKind.Date).Select(f => f.AsDate).ToList();
        Assert.Equal([new DateOnly(2025, 12, 17), new DateOnly(2026, 4, 3)], dates);
    }

    [Fact]
    public void Extract_PlaceDateLine_IsNotAMatterFact()
    {
        var facts = Facts("Thái Nguyên, ngày 05 tháng 03 năm 2026\nNội dung.");

        Assert.DoesNotContain(facts, f => f.Kind == LetterFactKind.Date);
    }

    [Theory]
    [InlineData("số tiền 125.000.000 đồng", 125_000)]
    [InlineData("so tien 125000000 dong", 125_000)]
    [InlineData("khoảng 1,5 tỷ đồng", 1_500_000)]
    [InlineData("120 triệu đồng", 120_000)]
    public void Extract_Money_InThousands(string text, uint thousands)
    {
        Assert.Contains(LetterFact.Of(LetterFactKind.Amount, thousands), Facts(text));
    }

    [Fact]
    public void Extract_DecisionAndArea()
    {
        var facts = Facts("Quyết định số 1330/QĐ-UBND ngày 02/02/2025 thu hồi 250 m² đất");

        Assert.Contains(facts, f => f.Kind == LetterFactKind.Decision && f.Value >> 8 == 1330);
        Assert.Contains(LetterFact.Of(LetterFactKind.Area, 250), facts);
    }
}
