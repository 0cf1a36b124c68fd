namespace PhoiHop.Features.Audit;

/// <summary>
/// A request accepted and waiting to be carried out (a letter in the intake inbox). It is not audited itself: nobody
/// decided anything by queueing it, and what it becomes is audited when it is carried out, in the name of whoever asked.
/// </summary>
public interface IPendingWork;
