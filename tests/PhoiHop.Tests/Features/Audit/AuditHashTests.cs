using PhoiHop.Features.Audit;

namespace PhoiHop.Tests.Features.Audit;

public sealed class AuditHashTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 2, 0, 0, 123, TimeSpan.Zero);
    private static readonly Guid User = Guid.Parse("01936f6e-0000-7000-8000-000000000001");

    [Fact]
    public void Compute_SameEntry_GivesTheSameLowercaseSha256()
    {
        var entry = Entry();

        var first = AuditHash.Compute(entry);
        var second = AuditHash.Compute(Entry());

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.NotEqual(AuditHash.Genesis, first);
    }

    [Theory]
    [InlineData("Sequence")]
    [InlineData("OccurredAt")]
    [InlineData("UserId")]
    [InlineData("UserName")]
    [InlineData("EntityType")]
    [InlineData("EntityId")]
    [InlineData("Action")]
    [InlineData("Changes")]
    [InlineData("Reason")]
    [InlineData("PreviousHash")]
    public void Compute_AnyFieldChanged_ChangesTheHash(string field)
    {
        var original = Entry();

        var changed = field switch
        {
            "Sequence" => Entry(sequence: 43),
            "OccurredAt" => Entry(occurredAt: At.AddMilliseconds(1)),
            "UserId" => Entry(userId: Guid.Empty),
            "UserName" => Entry(userName: "mttq.lanhdao"),
            "EntityType" => Entry(entityType: "Body"),
            "EntityId" => Entry(entityId: "x2"),
            "Action" => Entry(action: AuditAction.Deleted),
            "Changes" => Entry(changes: """{"Name":{"after":"B"}}"""),
            "Reason" => Entry(reason: "Sửa lỗi chính tả"),
            "PreviousHash" => Entry(previousHash: new string('1', 64)),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.NotEqual(AuditHash.Compute(original), AuditHash.Compute(changed));
    }

    [Fact]
    public void Compute_SameInstantInAnotherOffset_GivesTheSameHash()
    {
        var utc = Entry();

        var vietnamTime = Entry(occurredAt: At.ToOffset(TimeSpan.FromHours(7)));

        Assert.Equal(AuditHash.Compute(utc), AuditHash.Compute(vietnamTime));
    }

    [Fact]
    public void Truncate_SubMillisecondTicks_KeepsWholeMillisecondsInUtc()
    {
        var precise = new DateTimeOffset(2026, 11, 27, 9, 0, 0, 123, TimeSpan.FromHours(7)).AddTicks(4567);

        var truncated = AuditHash.Truncate(precise);

        Assert.Equal(new DateTimeOffset(2026, 11, 27, 2, 0, 0, 123, TimeSpan.Zero), truncated);
        Assert.Equal(TimeSpan.Zero, truncated.Offset);
    }

    private static AuditEntry Entry(long sequence = 42, DateTimeOffset? occurredAt = null, Guid? userId = null, string? userName = "mttq.tiepdan",
        string entityType = "Regulation", string entityId = "x1", AuditAction action = AuditAction.Modified,
        string? changes = """{"Name":{"after":"A"}}""", string? reason = null, string previousHash = AuditHash.Genesis) => new()
        {
            Sequence = sequence,
            OccurredAt = occurredAt ?? At,
            UserId = userId ?? User,
            UserName = userName,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = changes,
            Reason = reason,
            PreviousHash = previousHash,
        };
}
