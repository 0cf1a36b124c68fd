namespace PhoiHop.Features.Regulations;

public sealed class Article
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ChapterId { get; private set; }
    public int Number { get; internal set; }
    public string Title { get; private set; } = "";
    public string Text { get; private set; } = "";
    public CoordinationArea Area { get; private set; }
    public List<Obligation> Obligations { get; private set; } = [];

    private Article() { }

    internal Article(Guid chapterId, int number, string title, string text, CoordinationArea area)
    {
        ChapterId = chapterId;
        Number = number;
        Title = title;
        Text = text;
        Area = area;
    }

    internal void Revise(string title, string text, CoordinationArea area)
    {
        Title = title.Trim();
        Text = text.Trim();
        Area = area;
    }

    internal Obligation AddObligation(Guid responsibleBodyId, Guid? partnerBodyId, string description, Recurrence recurrence)
    {
        var obligation = new Obligation(Id, responsibleBodyId, partnerBodyId, description.Trim(), recurrence);
        Obligations.Add(obligation);
        return obligation;
    }
}
