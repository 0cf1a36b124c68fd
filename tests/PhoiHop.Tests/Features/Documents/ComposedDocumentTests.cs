using System.Text;
using PhoiHop.Features.Documents;
using static PhoiHop.Tests.Features.Documents.SampleDocuments;

namespace PhoiHop.Tests.Features.Documents;

public sealed class ComposedDocumentTests
{
    [Fact]
    public void From_Notice_PrintsTheHeaderInCapitals()
    {
        var text = ComposedDocument.From(Notice());

        Assert.Equal("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN", text.ParentAuthority);
        Assert.Equal("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", text.IssuerName);
        Assert.Equal("Số: 05/TB-SNNMT", text.NumberLine);
        Assert.Equal("Thái Nguyên, ngày 05 tháng 02 năm 2026", text.PlaceAndDate);
        Assert.Equal("THÔNG BÁO", text.TypeTitle);
        Assert.Equal("Về việc thụ lý giải quyết khiếu nại", text.Summary);
        Assert.Equal(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], text.SignerCapacity);
        Assert.Equal("Nguyễn Thị Hồng Nhung", text.SignerName);
    }

    [Fact]
    public void From_LastParagraph_EndsWithTheEndMark()
    {
        var text = ComposedDocument.From(Notice(body: ["Đoạn một.", "Đoạn cuối."]));

        Assert.Equal(["Đoạn một.", "Đoạn cuối./."], text.Body);
    }

    [Fact]
    public void From_OneAddressee_StaysOnTheLineOfKinhGui()
    {
        var text = ComposedDocument.From(Notice());

        Assert.Equal("Ông Nguyễn Văn An", text.SingleRecipient);
        Assert.Empty(text.RecipientLines);
    }

    [Fact]
    public void From_Letter_HasNoTypeNameASubjectWithVvAndDashedAddressees()
    {
        var text = ComposedDocument.From(Letter());

        Assert.Null(text.TypeTitle);
        Assert.Equal("Số: 12/SNNMT-TTra", text.NumberLine);
        Assert.Equal("V/v hướng dẫn gửi đơn đến cơ quan có thẩm quyền giải quyết", text.Summary);
        Assert.Null(text.SingleRecipient);
        Assert.Equal(["- Ủy ban nhân dân phường Phan Đình Phùng;", "- Thanh tra tỉnh Thái Nguyên."], text.RecipientLines);
    }

    // Nơi nhận: "Như trên" first when there are addressees, the filing line last (Phụ lục I, "Nơi nhận").
    [Fact]
    public void From_CopiesTo_AddsAsAboveAndTheFilingLine()
    {
        var text = ComposedDocument.From(Notice());

        Assert.Equal(["- Như trên;", "- Thanh tra tỉnh;", "- Giám đốc Sở (để báo cáo);", "- Lưu: VT, TTra."], text.CopiesTo);
    }

    [Fact]
    public void From_CopiesWithTheirOwnFilingLine_KeepsIt()
    {
        var text = ComposedDocument.From(Notice() with { Recipients = [], CopiesTo = ["Thanh tra tỉnh;", "Lưu: VT, TTra, 02b"] });

        Assert.Equal(["- Thanh tra tỉnh;", "- Lưu: VT, TTra, 02b."], text.CopiesTo);
    }

    [Fact]
    public void From_DecomposedInput_IsNormalisedToNfc()
    {
        var decomposed = "Khiếu nại   về  việc thu hồi đất.".Normalize(NormalizationForm.FormD);

        var text = ComposedDocument.From(Notice(body: [decomposed]));

        Assert.Equal("Khiếu nại về việc thu hồi đất./.", text.Body[0]);
        Assert.True(text.Body[0].IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void From_LineBreaksInAParagraph_SplitIt()
    {
        var text = ComposedDocument.From(Notice(body: ["Thứ nhất.\r\nThứ hai.\n\nThứ ba"]));

        Assert.Equal(["Thứ nhất.", "Thứ hai.", "Thứ ba./."], text.Body);
    }

    [Fact]
    public void From_NoBody_Throws()
    {
        Assert.Throws<ArgumentException>(() => ComposedDocument.From(Notice() with { Body = [" "] }));
    }
}
