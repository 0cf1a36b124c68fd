using System.Security.Cryptography;
using System.Text;
using PhoiHop.Features.Organizations;

namespace PhoiHop.Features.Account;

/// <summary>
/// A personal API token for integrations (Authorization: Bearer). Only its SHA-256 hash is stored: the token is
/// shown once, at creation.
/// </summary>
public sealed class ApiToken
{
    public const string Prefix = "ph_";

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid UserId { get; private set; }
    public StaffUser User { get; private set; } = null!;
    public string Name { get; private set; } = "";

    // First characters of the token, so a user can tell tokens apart without the secret.
    public string Hint { get; private set; } = "";
    public string TokenHash { get; private set; } = "";

    // The hash of the user's security stamp when the token was made: a password change or reset, or a change of
    // roles or body, changes the stamp and so voids every token made before it.
    public string StampHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    private ApiToken() { }

    /// <summary>Creates a token; the plain secret is returned once and never stored.</summary>
    public static (ApiToken Token, string Secret) Issue(Guid userId, string? securityStamp, string name, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        var secret = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            Hint = secret[..10],
            TokenHash = HashOf(secret),
            StampHash = HashOf(securityStamp ?? ""),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (token, secret);
    }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);

    public bool MatchesStamp(string? securityStamp) => StampHash == HashOf(securityStamp ?? "");

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
