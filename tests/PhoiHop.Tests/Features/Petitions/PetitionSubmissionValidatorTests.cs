using PhoiHop.Features.Petitions;

namespace PhoiHop.Tests.Features.Petitions;

public sealed class PetitionSubmissionValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static PetitionSubmission Valid() => new()
    {
        ReceivingBodyCode = "MTTQ-TN",
        Channel = Channel.Post,
        ReceivedOn = Today,
        Subject = "Khiếu nại về bồi thường",
        Content = "Nội dung đơn",
        Senders = [new SenderSubmission { FullName = "Trần Thị Bình", IdNumber = "019185001234", Phone = "0987654321" }],
    };

    private static List<string> Fields(PetitionSubmission s) => [.. PetitionSubmissionValidator.Validate(s, Today).Select(p => p.Field)];

    [Fact]
    public void Valid_HasNoProblem() => Assert.Empty(Fields(Valid()));

    [Fact]
    public void Missing_NamesEachField()
    {
        var s = new PetitionSubmission();

        Assert.Equal(["ReceivingBodyCode", "Channel", "ReceivedOn", "Subject", "Content", "Senders"], Fields(s));
    }

    [Theory]
    [InlineData("12345", "CitizenIdError.NotTwelveDigits")]
    [InlineData("999085001234", "CitizenIdError.UnknownProvince")]
    [InlineData("019299001234", "CitizenIdError.BirthYearInFuture")]
    public void InvalidIdNumber_IsNamedWithItsReason(string id, string key)
    {
        var s = Valid();
        s.Senders[0].IdNumber = id;

        var problem = Assert.Single(PetitionSubmissionValidator.Validate(s, Today));

        Assert.Equal("Senders[0].IdNumber", problem.Field);
        Assert.Equal(key, problem.MessageKey);
    }

    [Fact]
    public void FutureDate_TooLongText_AndBadCount_AreRefused()
    {
        var s = Valid();
        s.ReceivedOn = Today.AddDays(1);
        s.Content = new string('a', PetitionConfiguration.ContentLength + 1);
        s.SenderCount = 0;

        Assert.Equal(["ReceivedOn", "Content", "SenderCount"], Fields(s));
    }

    [Fact]
    public void Anonymous_HasNoSenders()
    {
        var s = Valid();
        s.Anonymous = true;
        Assert.Equal(["Senders"], Fields(s));

        s.Senders = [];
        Assert.Empty(Fields(s));
    }
}
