namespace PhoiHop.Features.Calendar;

/// <summary>What a module tells the deadline engine about one time limit of one of its items.</summary>
/// <param name="Module">The module's name, e.g. "Petitions".</param>
/// <param name="ItemId">The item's id within the module.</param>
/// <param name="RuleCode">A code of <see cref="CoreDeadlineRules"/>, e.g. "complaint.acceptance".</param>
/// <param name="StartDate">The start event's date; counting begins the next day.</param>
/// <param name="Title">What the reminder says, without personal data of a denouncer.</param>
/// <param name="Link">The item's page, a local path.</param>
/// <param name="BodyId">The body whose time limit it is.</param>
/// <param name="AssigneeId">The person responsible, if one is assigned.</param>
/// <param name="IsRemoteArea">Remote or hard-to-travel area: the longer amounts apply.</param>
/// <param name="IsComplex">Found complex in writing: the longer amounts apply.</param>
public sealed record DeadlineRequest(
    string Module,
    string ItemId,
    string RuleCode,
    DateOnly StartDate,
    string Title,
    string? Link,
    Guid BodyId,
    Guid? AssigneeId = null,
    bool IsRemoteArea = false,
    bool IsComplex = false);
