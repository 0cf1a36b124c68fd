namespace PhoiHop.Features.Regulations;

public sealed class Chapter
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid RegulationId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = "";
    public List<Article> Articles { get; private set; } = [];

    private Chapter() { }

    internal Chapter(Guid regulationId, int number, string title)
    {
        RegulationId = regulationId;
        Number = number;
        Title = title;
    }

    public void Rename(string title) => Title = title.Trim();
}
