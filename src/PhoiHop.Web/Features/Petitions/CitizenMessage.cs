namespace PhoiHop.Features.Petitions;

/// <summary>Information a citizen added to their letter on the portal (bổ sung thông tin), after proving the receipt.</summary>
public sealed class CitizenMessage
{
    public const int MaxLength = 10_000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid PetitionId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Text { get; private set; } = "";

    private CitizenMessage() { }

    public CitizenMessage(Guid petitionId, string text, DateTimeOffset at)
    {
        PetitionId = petitionId;
        Text = text;
        At = at;
    }
}
