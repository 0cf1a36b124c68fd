using Microsoft.AspNetCore.Identity;

namespace PhoiHop.Features.Organizations;

/// <summary>A public servant using PhoiHop (cán bộ). Every staff user belongs to exactly one body.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public Guid BodyId { get; set; }
    public Body Body { get; set; } = null!;
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
    public NotificationDelivery NotificationDelivery { get; set; }

    public StaffUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }
}
