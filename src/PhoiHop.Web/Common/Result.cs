namespace PhoiHop.Common;

/// <summary>The outcome of a domain operation: success, or the rule that refused it.</summary>
public readonly record struct Result(DomainError? Error)
{
    public static readonly Result Ok = new(null);

    public bool IsSuccess => Error is null;

    public static implicit operator Result(DomainError error) => new(error);
}
