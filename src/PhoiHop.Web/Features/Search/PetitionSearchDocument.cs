namespace PhoiHop.Features.Search;

/// <summary>
/// What search reads of one letter, kept in the same transaction as every change of the letter
/// (<see cref="SearchDocumentsInterceptor"/>). <see cref="Text"/> is folded (<see cref="SearchText.Fold"/>) and, for a
/// denunciation, redacted: the denouncer's name, ID number, phone and address never enter it. <see cref="Names"/> holds
/// only keyed hashes of the folded words of the senders' names, never a name, so that a copy of the database does not
/// reveal who wrote; search matches them only for readers who may see the identity (<see cref="PetitionSearch"/>).
/// The full-text indexes over these columns are the database's own: an FTS5 table on SQLite, tsvector and trigram GIN
/// indexes on PostgreSQL (see the Search migrations). Derived from the letter, which is audited itself: not audited.
/// </summary>
public sealed class PetitionSearchDocument : Audit.IDerivedRow
{
    // An integer key: the rowid FTS5 needs for an external-content table.
    public long Id { get; private set; }
    public Guid PetitionId { get; private set; }
    public string Text { get; private set; } = "";
    public string Names { get; private set; } = "";

    private PetitionSearchDocument() { }

    public PetitionSearchDocument(Guid petitionId, string text, string names)
    {
        PetitionId = petitionId;
        Text = text;
        Names = names;
    }

    public bool Update(string text, string names)
    {
        if (Text == text && Names == names)
            return false;
        (Text, Names) = (text, names);
        return true;
    }
}
