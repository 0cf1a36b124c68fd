using PhoiHop.Features.Petitions;

namespace PhoiHop.Tests.Features.Petitions;

// Luật Tố cáo 2018, Điều 56(2): the verifier works on a copy without the denouncer's identity.
public sealed class PetitionSendersRedactTests
{
    private static readonly SenderView Denouncer = new(Guid.Empty, 0, "Nguyễn Văn An", "019085001234", "0912345678", "Xóm Đồng, xã Đại Phúc", false);

    [Fact]
    public void Redact_RemovesNameIdPhoneAndAddress_WhateverTheCaseAndSpacing()
    {
        const string letter = "Tôi là NGUYỄN VĂN AN, CCCD 019 085 001 234, điện thoại 0912.345.678, ở Xóm Đồng, xã Đại Phúc. Ông Nguyễn Văn An tố cáo cán bộ X.";

        var redacted = PetitionSenders.Redact(letter, [Denouncer]);

        Assert.DoesNotContain("AN,", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn Văn An", redacted, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("345", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("001", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Xóm Đồng", redacted, StringComparison.Ordinal);
        Assert.Contains("tố cáo cán bộ X", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_MatchesDecomposedUnicode()
    {
        var decomposed = "Tôi là Nguyễn Văn An.".Normalize(System.Text.NormalizationForm.FormD);

        var redacted = PetitionSenders.Redact(decomposed, [Denouncer]);

        Assert.Equal($"Tôi là {PetitionSenders.Redacted}.", redacted);
    }
}
