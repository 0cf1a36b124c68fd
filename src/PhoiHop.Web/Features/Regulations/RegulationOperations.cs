using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace PhoiHop.Features.Regulations;

public static class RegulationOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = nameof(Read) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };
}
