using System.Text;
using PhoiHop.Common;
using PhoiHop.Infrastructure.Security;

namespace PhoiHop.Tests.Infrastructure.Security;

public sealed class PersonalDataCipherTests
{
    private static readonly Guid RecordId = Guid.Parse("0192f1a0-7c3e-7a11-9a3b-3c1d2e4f5a6b");
    private static readonly FieldBinding Name = FieldBinding.Row("Petition.SenderName", RecordId);

    [Theory]
    [InlineData("Nguyễn Thị Đào")]
    [InlineData("Số 12, ngõ 34, phường Phan Đình Phùng, tỉnh Thái Nguyên")]
    [InlineData("Hoàng Văn Ẩn 😀 with an astral character")]
    [InlineData("")]
    public void Decrypt_WhatWasEncrypted_ReturnsTheSameText(string plaintext)
    {
        var cipher = TestKeys.Cipher();

        var ciphertext = cipher.Encrypt(plaintext, Name);
        var decrypted = cipher.Decrypt(ciphertext, Name);

        Assert.Equal(plaintext, decrypted);
        Assert.True(decrypted.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Encrypt_DecomposedText_IsKeptExactly()
    {
        var cipher = TestKeys.Cipher();
        var decomposed = "Nguye\u0302\u0303n";

        var decrypted = cipher.Decrypt(cipher.Encrypt(decomposed, Name), Name);

        Assert.Equal(decomposed, decrypted, StringComparer.Ordinal);
    }

    [Fact]
    public void Encrypt_Always_GivesVersionKeyIdAndBase64()
    {
        var cipher = TestKeys.Cipher();

        var ciphertext = cipher.Encrypt("Nguyễn Văn An", Name);

        Assert.Matches("^v1:k1:[A-Za-z0-9+/]+=*$", ciphertext);
        // 12-byte nonce + UTF-8 of the name (16 bytes) + 16-byte tag.
        Assert.Equal(12 + Encoding.UTF8.GetByteCount("Nguyễn Văn An") + 16, Convert.FromBase64String(ciphertext[6..]).Length);
    }

    [Fact]
    public void Encrypt_SameTextTwice_GivesDifferentCiphertexts()
    {
        var cipher = TestKeys.Cipher();

        var first = cipher.Encrypt("001099012345", Name);
        var second = cipher.Encrypt("001099012345", Name);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Encrypt_Ciphertext_HoldsNoPlaintext()
    {
        var cipher = TestKeys.Cipher();
        var plaintext = "Trần Thị Bí Mật, CCCD 001099012345, 0912345678";

        var ciphertext = cipher.Encrypt(plaintext, Name);
        var bytes = Convert.FromBase64String(ciphertext.Split(':')[2]);

        foreach (var part in new[] { "Trần", "Bí Mật", "001099012345", "0912345678", "CCCD" })
        {
            Assert.DoesNotContain(part, ciphertext, StringComparison.OrdinalIgnoreCase);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(part)) < 0, $"'{part}' appears in the ciphertext bytes");
        }
    }

    [Fact]
    public void Encrypt_LoneSurrogate_IsRefusedRatherThanAltered()
    {
        var cipher = TestKeys.Cipher();

        Assert.ThrowsAny<ArgumentException>(() => cipher.Encrypt("a\uD800b", Name));
    }

    [Fact]
    public void Decrypt_WithAnotherKeyUnderTheSameId_IsNotAuthentic()
    {
        var ciphertext = TestKeys.Cipher("k1", new() { ["k1"] = TestKeys.First }).Encrypt("Nguyễn Văn An", Name);
        var impostor = TestKeys.Cipher("k1", new() { ["k1"] = TestKeys.Second });

        var e = Assert.Throws<PersonalDataDecryptionException>(() => impostor.Decrypt(ciphertext, Name));

        Assert.Equal(DecryptionFailure.NotAuthentic, e.Failure);
    }

    [Theory]
    [InlineData(0)]    // nonce
    [InlineData(12)]   // first byte of the ciphertext
    [InlineData(-1)]   // last byte of the tag
    public void Decrypt_OneByteChanged_IsNotAuthentic(int position)
    {
        var cipher = TestKeys.Cipher();
        var ciphertext = cipher.Encrypt("Nguyễn Văn An", Name);
        var blob = Convert.FromBase64String(ciphertext[6..]);
        blob[position < 0 ? blob.Length + position : position] ^= 0x01;
        var tampered = "v1:k1:" + Convert.ToBase64String(blob);

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt(tampered, Name));

        Assert.Equal(DecryptionFailure.NotAuthentic, e.Failure);
    }

    [Fact]
    public void Decrypt_CiphertextOfAnotherRecord_IsNotAuthentic()
    {
        var cipher = TestKeys.Cipher();
        var other = FieldBinding.Row("Petition.SenderName", Guid.Parse("0192f1a0-7c3e-7a11-9a3b-000000000002"));
        var ciphertext = cipher.Encrypt("Nguyễn Văn An", other);

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt(ciphertext, Name));

        Assert.Equal(DecryptionFailure.NotAuthentic, e.Failure);
    }

    [Fact]
    public void Decrypt_CiphertextOfAnotherField_IsNotAuthentic()
    {
        var cipher = TestKeys.Cipher();
        var ciphertext = cipher.Encrypt("Nguyễn Văn An", FieldBinding.Row("Petition.SenderAddress", RecordId));

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt(ciphertext, Name));

        Assert.Equal(DecryptionFailure.NotAuthentic, e.Failure);
    }

    [Fact]
    public void Decrypt_ColumnBinding_DoesNotOpenARowBoundCiphertext()
    {
        var cipher = TestKeys.Cipher();
        var ciphertext = cipher.Encrypt("Nguyễn Văn An", Name);

        Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt(ciphertext, FieldBinding.Column("Petition.SenderName")));
    }

    [Fact]
    public void Decrypt_ColumnBinding_RoundTrips()
    {
        var cipher = TestKeys.Cipher();
        var column = FieldBinding.Column("Petition.SenderPhone");

        var decrypted = cipher.Decrypt(cipher.Encrypt("0912345678", column), column);

        Assert.Equal("0912345678", decrypted);
    }

    [Fact]
    public void Decrypt_Failure_NamesTheFieldAndKeyButNotTheData()
    {
        var cipher = TestKeys.Cipher();
        var ciphertext = cipher.Encrypt("Nguyễn Văn An", FieldBinding.Row("Petition.SenderAddress", RecordId));

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt(ciphertext, Name));

        Assert.Contains("Petition.SenderName", e.Message, StringComparison.Ordinal);
        Assert.Contains("'k1'", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ciphertext[6..], e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_UnknownKeyId_SaysSo()
    {
        var ciphertext = TestKeys.Cipher("old", new() { ["old"] = TestKeys.First }).Encrypt("Nguyễn Văn An", Name);
        var cipher = TestKeys.Cipher("new", new() { ["new"] = TestKeys.Second });

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt(ciphertext, Name));

        Assert.Equal(DecryptionFailure.UnknownKey, e.Failure);
        Assert.Contains("'old'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Nguyễn Văn An")]              // a plaintext left over from before encryption
    [InlineData("v1:k1")]
    [InlineData("v1::AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("v1:k1:")]
    [InlineData("v1:k1:not base64!")]
    [InlineData("v1:k1:AAAA")]                 // shorter than nonce and tag
    [InlineData("v1:k1:AAAA:AAAA")]
    [InlineData("Số 12: ngõ 34: phường Túc Duyên")]   // plaintext with colons
    public void Decrypt_NotACiphertext_IsMalformed(string value)
    {
        var cipher = TestKeys.Cipher();

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt(value, Name));

        Assert.Equal(DecryptionFailure.Malformed, e.Failure);
    }

    [Fact]
    public void Decrypt_PlaintextWithColons_IsNotQuotedInTheError()
    {
        var cipher = TestKeys.Cipher();

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt("Trần Văn Bí: mật: khẩu", Name));

        Assert.DoesNotContain("Trần", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("mật", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decrypt_LaterFormatVersion_IsUnsupported()
    {
        var cipher = TestKeys.Cipher();
        var ciphertext = cipher.Encrypt("Nguyễn Văn An", Name);

        var e = Assert.Throws<PersonalDataDecryptionException>(() => cipher.Decrypt("v2" + ciphertext[2..], Name));

        Assert.Equal(DecryptionFailure.UnsupportedVersion, e.Failure);
    }

    [Fact]
    public void Rotation_NewCurrentKey_StillDecryptsTheOldAndEncryptsWithTheNew()
    {
        var before = TestKeys.Cipher("2026a", new() { ["2026a"] = TestKeys.First });
        var after = TestKeys.Cipher("2027a", new() { ["2026a"] = TestKeys.First, ["2027a"] = TestKeys.Second });
        var old = before.Encrypt("Nguyễn Văn An", Name);

        var decrypted = after.Decrypt(old, Name);
        var fresh = after.Encrypt("Nguyễn Văn An", Name);

        Assert.Equal("Nguyễn Văn An", decrypted);
        Assert.StartsWith("v1:2027a:", fresh, StringComparison.Ordinal);
        Assert.True(after.NeedsRotation(old));
        Assert.False(after.NeedsRotation(fresh));
        Assert.False(before.NeedsRotation(old));
    }

    [Fact]
    public void Rotate_OldCiphertext_IsReEncryptedUnderTheCurrentKey()
    {
        var before = TestKeys.Cipher("2026a", new() { ["2026a"] = TestKeys.First });
        var after = TestKeys.Cipher("2027a", new() { ["2026a"] = TestKeys.First, ["2027a"] = TestKeys.Second });
        var old = before.Encrypt("Nguyễn Văn An", Name);

        var rotated = after.Rotate(old, Name);

        Assert.StartsWith("v1:2027a:", rotated, StringComparison.Ordinal);
        Assert.Equal("Nguyễn Văn An", after.Decrypt(rotated, Name));
        Assert.Same(rotated, after.Rotate(rotated, Name));
        // Once everything is rotated the old key can go; until then, removing it makes old data unreadable.
        var withoutOldKey = TestKeys.Cipher("2027a", new() { ["2027a"] = TestKeys.Second });
        Assert.Equal("Nguyễn Văn An", withoutOldKey.Decrypt(rotated, Name));
        Assert.Equal(DecryptionFailure.UnknownKey, Assert.Throws<PersonalDataDecryptionException>(() => withoutOldKey.Decrypt(old, Name)).Failure);
    }

    [Fact]
    public void NeedsRotation_NotACiphertext_Throws()
    {
        var cipher = TestKeys.Cipher();

        Assert.Throws<PersonalDataDecryptionException>(() => cipher.NeedsRotation("Nguyễn Văn An"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200)]
    public void MaxCiphertextLength_WidestText_IsEnough(int chars)
    {
        var cipher = TestKeys.Cipher(new string('k', 32), new() { [new string('k', 32)] = TestKeys.First });
        var widest = new string('ễ', chars);     // 3 UTF-8 bytes per UTF-16 character, the most there is

        var ciphertext = cipher.Encrypt(widest, Name);

        Assert.True(ciphertext.Length <= PersonalDataCipher.MaxCiphertextLength(chars), $"{ciphertext.Length} > {PersonalDataCipher.MaxCiphertextLength(chars)}");
        Assert.True(PersonalDataCipher.MaxCiphertextLength(chars) - ciphertext.Length < 4);
    }

    [Fact]
    public void BlindIndex_SameValue_GivesTheSameIndex()
    {
        var cipher = TestKeys.Cipher();

        var first = cipher.BlindIndex(BlindIndexPurpose.CitizenId, "001099012345");
        var second = cipher.BlindIndex(BlindIndexPurpose.CitizenId, "001099012345");

        Assert.Equal(first, second);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", first);
        Assert.DoesNotContain("001099012345", first, StringComparison.Ordinal);
    }

    [Fact]
    public void BlindIndex_DifferentValueOrPurpose_GivesADifferentIndex()
    {
        var cipher = TestKeys.Cipher();

        var id = cipher.BlindIndex(BlindIndexPurpose.CitizenId, "001099012345");

        Assert.NotEqual(id, cipher.BlindIndex(BlindIndexPurpose.CitizenId, "001099012346"));
        Assert.NotEqual(id, cipher.BlindIndex(BlindIndexPurpose.Phone, "001099012345"));
    }

    [Fact]
    public void BlindIndex_DependsOnTheIndexKeyOnly()
    {
        var cipher = TestKeys.Cipher("k1", new() { ["k1"] = TestKeys.First });
        var rotated = TestKeys.Cipher("k2", new() { ["k1"] = TestKeys.First, ["k2"] = TestKeys.Second });
        var otherIndexKey = TestKeys.Cipher("k1", new() { ["k1"] = TestKeys.First }, TestKeys.OtherIndex);

        var index = cipher.BlindIndex(BlindIndexPurpose.Phone, "0912345678");

        Assert.Equal(index, rotated.BlindIndex(BlindIndexPurpose.Phone, "0912345678"));
        Assert.NotEqual(index, otherIndexKey.BlindIndex(BlindIndexPurpose.Phone, "0912345678"));
    }

    [Fact]
    public void BlindIndex_TypedValues_AreIndexedInTheirNormalisedForm()
    {
        var cipher = TestKeys.Cipher();
        var today = new DateOnly(2026, 11, 27);
        Assert.True(CitizenIdNumber.TryParse("001 099 012 345", today, out var spaced, out _));
        Assert.True(CitizenIdNumber.TryParse("001.099.012.345", today, out var dotted, out _));
        Assert.True(PhoneNumber.TryParse("+84 912 345 678", out var international, out _));
        Assert.True(PhoneNumber.TryParse("0912.345.678", out var national, out _));

        Assert.Equal(cipher.BlindIndex(spaced), cipher.BlindIndex(dotted));
        Assert.Equal(cipher.BlindIndex(BlindIndexPurpose.CitizenId, "001099012345"), cipher.BlindIndex(spaced));
        Assert.Equal(cipher.BlindIndex(international), cipher.BlindIndex(national));
        Assert.Equal(cipher.BlindIndex(BlindIndexPurpose.Phone, "0912345678"), cipher.BlindIndex(national));
    }

    [Fact]
    public void Encrypt_DefaultBinding_IsABug()
    {
        var cipher = TestKeys.Cipher();

        Assert.Throws<ArgumentException>(() => cipher.Encrypt("Nguyễn Văn An", default));
    }

    [Fact]
    public void Constructor_InvalidOptions_FailsWithTheSettingToFix()
    {
        var options = TestKeys.Options("k1", new() { ["k1"] = Convert.ToBase64String(new byte[16]) });

        var e = Assert.Throws<InvalidOperationException>(() => new PersonalDataCipher(Microsoft.Extensions.Options.Options.Create(options)));

        Assert.Contains("Protection:Keys:k1", e.Message, StringComparison.Ordinal);
    }
}
