namespace PhoiHop.Features.Organizations;

/// <summary>
/// An elected deputy for one term. One person may hold two mandates (an NA deputy who is also a council deputy):
/// that is two rows, one per mandate (RULES.md 11.2).
/// </summary>
public sealed class Deputy
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string FullName { get; private set; } = "";
    public DeputyKind Kind { get; private set; }
    public Guid TermId { get; private set; }
    public Term Term { get; private set; } = null!;

    // The delegation or council the deputy belongs to.
    public Guid BodyId { get; private set; }
    public Body Body { get; private set; } = null!;

    // Electoral unit (đơn vị bầu cử), as written in the election result.
    public string Constituency { get; private set; } = "";
    public Guid? StaffUserId { get; private set; }

    private Deputy() { }

    public static Deputy Create(string fullName, DeputyKind kind, Term term, Body body, string constituency, Guid? staffUserId = null) => new()
    {
        FullName = fullName,
        Kind = kind,
        Term = term,
        TermId = term.Id,
        Body = body,
        BodyId = body.Id,
        Constituency = constituency,
        StaffUserId = staffUserId,
    };
}
