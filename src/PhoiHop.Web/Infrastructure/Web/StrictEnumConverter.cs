using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PhoiHop.Infrastructure.Web;

/// <summary>
/// Enums in the JSON API by name only, written as <see cref="JsonStringEnumConverter"/> writes them. Read, a value must
/// be exactly one member's name (any case); only a [Flags] enum takes several names, comma-separated. System.Text.Json's
/// own converter also takes numbers ("kind": 77) and, for any enum, comma lists ("Complaint,Denunciation" reads as the
/// member whose number is their bitwise OR), which let a value the client did not mean through to the domain.
/// </summary>
public sealed class StrictEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    /// <summary>The member <paramref name="text"/> names exactly (or, for [Flags], the members it lists), else null.</summary>
    public static object? Parse(Type enumType, string? text)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var names = Names.Of(enumType);
        if (!enumType.IsDefined(typeof(FlagsAttribute), inherit: false))
            return names.TryGetValue(text.Trim(), out var one) ? one : null;
        ulong bits = 0;
        foreach (var part in text.Split(','))
        {
            if (!names.TryGetValue(part.Trim(), out var member))
                return null;
            bits |= Convert.ToUInt64(member, System.Globalization.CultureInfo.InvariantCulture);
        }
        return Enum.ToObject(enumType, bits);
    }

    private static class Names
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, FrozenDictionary<string, object>> ByType = new();

        public static FrozenDictionary<string, object> Of(Type enumType) =>
            ByType.GetOrAdd(enumType, t => Enum.GetNames(t).ToFrozenDictionary(n => n, n => Enum.Parse(t, n), StringComparer.OrdinalIgnoreCase));
    }

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new JsonException($"Expected the name of a {typeof(T).Name} value.");
            return Parse(typeof(T), reader.GetString()) is T value
                ? value
                : throw new JsonException($"Not a {typeof(T).Name} value.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
