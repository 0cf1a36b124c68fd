namespace PhoiHop.Features.Documents;

/// <summary>
/// A paragraph or list entry of a <see cref="DocumentTemplate"/> with <c>{Field}</c> placeholders (<c>{^Field}</c>
/// capitalises the value's first letter, for "Kính gửi: Ông …" beside "của ông …"). An optional text is left out when
/// one of its fields is missing or empty; a required one makes the fill fail.
/// </summary>
public sealed record TemplateText(string Text, bool IsOptional = false)
{
    public static TemplateText Optional(string text) => new(text, IsOptional: true);

    public static implicit operator TemplateText(string text) => new(text);
}
