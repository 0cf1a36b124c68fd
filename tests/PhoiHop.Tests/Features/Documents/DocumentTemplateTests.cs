using System.Text;
using PhoiHop.Features.Documents;
using static PhoiHop.Features.Documents.TemplateFields;

namespace PhoiHop.Tests.Features.Documents;

public sealed class DocumentTemplateTests
{
    private static readonly Issuer Committee = new("Ủy ban nhân dân tỉnh Thái Nguyên", "UBND", "Thái Nguyên");

    private static readonly DocumentIssue Issue = new(
        Committee, new DateOnly(2026, 2, 5), Signer.ForHead("Chủ tịch", "Phó Chủ tịch", "Trần Văn Bình", collective: "Ủy ban nhân dân"), 5, "TCD");

    // A value for every field any template uses.
    private static readonly Dictionary<string, string> Everything = new()
    {
        [Sender] = "ông Nguyễn Văn An",
        [SenderAddress] = "tổ 5, phường Phan Đình Phùng, tỉnh Thái Nguyên",
        [PetitionKind] = "khiếu nại",
        [PetitionContent] = "đề nghị xem xét lại Quyết định thu hồi đất số 123/QĐ-UBND ngày 10/12/2025",
        [ReceivedOn] = "02/02/2026",
        [Resolver] = "Chủ tịch Ủy ban nhân dân tỉnh",
        [AcceptedOn] = "05/02/2026",
        [TimeLimit] = "không quá 30 ngày kể từ ngày thụ lý",
        [Inspectorate] = "Thanh tra tỉnh",
        [ForwardingBody] = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        [Reason] = "khiếu nại đã có quyết định giải quyết lần hai.",
        [Guidance] = "Ông có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.",
        [CompetentBody] = "Ủy ban nhân dân phường Phan Đình Phùng",
        [CompetentBodyAddress] = "số 1 đường Hoàng Văn Thụ",
        [Attachments] = "đơn và 03 tài liệu kèm theo",
        [Answer] = "Thứ nhất, việc thu hồi đất đúng quy định.\nThứ hai, mức bồi thường đã được phê duyệt.",
        [ResolvingBody] = "Sở Nông nghiệp và Môi trường",
        [ForwardedOn] = "10/01/2026",
        [ForwardingNumber] = "12/UBND-TCD",
        [DueOn] = "30/01/2026",
        [ReplyBy] = "20/02/2026",
    };

    public static TheoryData<string, int> Templates()
    {
        var data = new TheoryData<string, int>();
        foreach (var template in DocumentTemplates.All)
            data.Add(template.Code, template.Version);
        return data;
    }

    [Fact]
    public void All_CodeAndVersion_AreUnique()
    {
        var keys = DocumentTemplates.All.Select(t => (t.Code, t.Version)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(DocumentTemplates.All, t => Assert.True(t.Version >= 1));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Fill_EveryField_LeavesNoPlaceholderAndRendersInBothFormats(string code, int version)
    {
        var template = DocumentTemplates.Find(code, version)!;

        var document = template.Fill(Issue, Everything);

        var text = string.Join('\n', [document.Summary ?? "", .. document.Recipients, .. document.Body, .. document.CopiesTo]);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("..", text, StringComparison.Ordinal);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.NotEmpty(OfficialDocumentDocx.Render(document));
        Assert.NotEmpty(OfficialDocumentPdf.Render(document));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_Text_IsNfcAndHasOnlyWellFormedPlaceholders(string code, int version)
    {
        var template = DocumentTemplates.Find(code, version)!;

        var texts = new[] { template.Summary ?? "", template.Type.Name }
            .Concat(template.Recipients.Concat(template.Body).Concat(template.CopiesTo).Select(t => t.Text));

        Assert.All(texts, t =>
        {
            Assert.True(t.IsNormalized(NormalizationForm.FormC), t);
            var outside = System.Text.RegularExpressions.Regex.Replace(t, @"\{\^?[A-Za-z][A-Za-z0-9]*\}", "");
            Assert.DoesNotContain("{", outside, StringComparison.Ordinal);
            Assert.DoesNotContain("}", outside, StringComparison.Ordinal);
        });
        Assert.All(template.Fields, f => Assert.True(Everything.ContainsKey(f) || f is IssuerName or Place, $"{code}: unknown field {f}"));
    }

    [Fact]
    public void Fill_AcceptanceNotice_WritesTheNoticeToTheComplainant()
    {
        var document = DocumentTemplates.AcceptanceNotice.Fill(Issue, Everything);

        Assert.Equal(DocumentType.Notice, document.Type);
        Assert.Equal("05/TB-UBND", document.NumberAndSymbol.ToString());
        Assert.Equal("Về việc thụ lý giải quyết khiếu nại", document.Summary);
        Assert.Equal(["Ông Nguyễn Văn An"], document.Recipients);
        Assert.Equal(
            "Ngày 02/02/2026, Ủy ban nhân dân tỉnh Thái Nguyên nhận được đơn khiếu nại của ông Nguyễn Văn An, địa chỉ: tổ 5, phường Phan Đình Phùng, tỉnh Thái Nguyên.",
            document.Body[0]);
        Assert.Contains("Thời hạn giải quyết khiếu nại: không quá 30 ngày kể từ ngày thụ lý.", document.Body);
        Assert.Equal(["Thanh tra tỉnh", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], document.CopiesTo);
        Assert.Equal(Issue.Signer, document.Signer);
    }

    [Fact]
    public void Fill_OptionalFieldMissing_LeavesItsParagraphOut()
    {
        var fields = new Dictionary<string, string>(Everything);
        fields.Remove(TimeLimit);
        fields[ForwardingBody] = " ";

        var document = DocumentTemplates.AcceptanceNotice.Fill(Issue, fields);

        Assert.DoesNotContain(document.Body, p => p.StartsWith("Thời hạn", StringComparison.Ordinal));
        Assert.Equal(["Thanh tra tỉnh"], document.CopiesTo);
    }

    [Fact]
    public void Fill_RequiredFieldsMissing_ThrowsNamingThem()
    {
        var fields = new Dictionary<string, string>(Everything);
        fields.Remove(Sender);
        fields[Inspectorate] = "";

        var error = Assert.Throws<ArgumentException>(() => DocumentTemplates.AcceptanceNotice.Fill(Issue, fields));

        Assert.Contains("Sender", error.Message, StringComparison.Ordinal);
        Assert.Contains("Inspectorate", error.Message, StringComparison.Ordinal);
        Assert.Equal([Inspectorate, Sender], DocumentTemplates.AcceptanceNotice.MissingFields(fields).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fill_ValueEndingWithAFullStop_DoesNotDoubleIt()
    {
        var document = DocumentTemplates.RefusalNotice.Fill(Issue, Everything);

        Assert.Contains(document.Body, p => p.EndsWith("với lý do: khiếu nại đã có quyết định giải quyết lần hai.", StringComparison.Ordinal));
    }

    [Fact]
    public void Fill_ForwardingSlip_IsAPhieuChuyenWithoutSummary()
    {
        var document = DocumentTemplates.ForwardingSlip.Fill(Issue, Everything);

        Assert.Equal("PC", document.Type.Abbreviation);
        Assert.Equal("Phiếu chuyển đơn", document.Type.Name);
        Assert.Null(document.Summary);
        Assert.Equal(["Ủy ban nhân dân phường Phan Đình Phùng"], document.Recipients);
        Assert.Equal(["Ông Nguyễn Văn An (để biết)"], document.CopiesTo);
        Assert.Equal("05/PC-UBND", document.NumberAndSymbol.ToString());
    }

    [Fact]
    public void Fill_Reminder_IsAnOfficialLetterWithTheUnitInItsSymbol()
    {
        var document = DocumentTemplates.Reminder.Fill(Issue, Everything);

        Assert.True(document.Type.IsOfficialLetter);
        Assert.Equal("05/UBND-TCD", document.NumberAndSymbol.ToString());
        Assert.Equal("V/v đôn đốc giải quyết đơn khiếu nại của ông Nguyễn Văn An", document.Summary);
        Assert.Equal(["Sở Nông nghiệp và Môi trường"], document.Recipients);
    }

    [Fact]
    public void Fill_MultiParagraphAnswer_BecomesSeveralParagraphs()
    {
        var text = ComposedDocument.From(DocumentTemplates.Answer.Fill(Issue, Everything));

        Assert.Contains("Thứ nhất, việc thu hồi đất đúng quy định.", text.Body);
        Assert.Contains("Thứ hai, mức bồi thường đã được phê duyệt.", text.Body);
        Assert.Equal("Ủy ban nhân dân tỉnh Thái Nguyên trả lời để ông Nguyễn Văn An được biết./.", text.Body[^1]);
    }

    [Fact]
    public void RequiredFields_AcceptanceNotice_ExcludeOptionalAndIssueFields()
    {
        Assert.Equal(
            [Sender, ReceivedOn, SenderAddress, PetitionContent, Resolver, AcceptedOn, Inspectorate],
            DocumentTemplates.AcceptanceNotice.RequiredFields);
    }

    [Fact]
    public void Latest_KnownCode_ReturnsTheHighestVersion()
    {
        Assert.Same(DocumentTemplates.Reminder, DocumentTemplates.Latest("reminder"));
        Assert.Null(DocumentTemplates.Find("reminder", 99));
        Assert.Throws<KeyNotFoundException>(() => DocumentTemplates.Latest("no-such-template"));
    }
}
