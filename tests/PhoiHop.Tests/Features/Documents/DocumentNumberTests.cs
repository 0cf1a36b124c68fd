using PhoiHop.Features.Documents;

namespace PhoiHop.Tests.Features.Documents;

public sealed class DocumentNumberTests
{
    // Nghị định 30/2020/NĐ-CP, Phụ lục I, "Số, ký hiệu của văn bản"; abbreviations from Phụ lục III.
    [Theory]
    [InlineData(5, "TB", "UBND", null, "05/TB-UBND")]        // a number below 10 gets a leading zero
    [InlineData(125, "QĐ", "UBND", null, "125/QĐ-UBND")]
    [InlineData(12, "TB", "SNNMT", "TTra", "12/TB-SNNMT")]   // a type-named document does not carry the unit
    [InlineData(7, "PC", "MTTQ-BTT", null, "07/PC-MTTQ-BTT")] // an issuer code may hold a hyphen
    [InlineData(12, null, "SNNMT", "TTra", "12/SNNMT-TTra")] // công văn: issuer, then drafting unit or field
    [InlineData(3, null, "UBND", null, "03/UBND")]
    public void Compose_TypeAndCodes_FollowsDecree30(int number, string? abbreviation, string issuer, string? unit, string expected)
    {
        var type = DocumentType.All.Single(t => t.Abbreviation == abbreviation);

        var result = DocumentNumber.Compose(number, type, issuer, unit);

        Assert.Equal(expected, result.ToString());
        Assert.Equal($"Số: {expected}", result.Line);
    }

    [Fact]
    public void Compose_Draft_LeavesRoomForTheNumber()
    {
        var result = DocumentNumber.Compose(null, DocumentType.Notice, "UBND");

        Assert.Null(result.Number);
        Assert.Matches(@"^Số: \u00A0+/TB-UBND$", result.Line);
    }

    [Theory]
    [InlineData("")]
    [InlineData("UB ND")]
    [InlineData("UBND/2026")]
    [InlineData("-UBND")]
    public void Compose_MalformedIssuerCode_Throws(string issuer)
    {
        Assert.Throws<ArgumentException>(() => DocumentNumber.Compose(1, DocumentType.Notice, issuer));
    }

    [Fact]
    public void Compose_ZeroNumber_Throws()
    {
        Assert.Throws<ArgumentException>(() => DocumentNumber.Compose(0, DocumentType.Notice, "UBND"));
    }

    [Fact]
    public void All_Abbreviations_AreUniqueAndOnlyTheOfficialLetterHasNone()
    {
        var abbreviations = DocumentType.All.Select(t => t.Abbreviation).ToList();

        Assert.Equal(abbreviations.Count, abbreviations.Distinct().Count());
        Assert.Equal(DocumentType.OfficialLetter, Assert.Single(DocumentType.All, t => t.IsOfficialLetter));
    }
}
