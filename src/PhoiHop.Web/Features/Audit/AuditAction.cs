namespace PhoiHop.Features.Audit;

public enum AuditAction
{
    Added = 0,
    Modified = 1,
    Deleted = 2,

    // Reading sealed data (e.g. a denouncer's identity) is recorded too (Luật Tố cáo Art. 56).
    Accessed = 3,
}
