using System.Collections;
using System.Reflection;
using PhoiHop.Common;

namespace PhoiHop.Infrastructure.Web;

/// <summary>
/// Walks a bound input object, replaces every string by its NFC form and reports the paths of strings that hold
/// invalid characters. One mechanism for forms and for the JSON API.
/// </summary>
public static class TextInputWalker
{
    private const int MaxDepth = 6;

    public static List<string> CleanInPlace(object? model, string prefix)
    {
        var invalid = new List<string>();
        Walk(model, prefix, 0, invalid);
        return invalid;
    }

    private static void Walk(object? model, string path, int depth, List<string> invalid)
    {
        if (model is null || depth > MaxDepth)
            return;
        var type = model.GetType();
        if (type.IsPrimitive || type.IsEnum || model is string || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true && model is not IEnumerable)
            return;

        if (model is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i];
                var itemPath = $"{path}[{i}]";
                if (item is string s)
                {
                    var clean = TextInput.Clean(s);
                    if (clean is null)
                        invalid.Add(itemPath);
                    else if (!list.IsReadOnly && !ReferenceEquals(clean, s))
                        list[i] = clean;
                }
                else
                {
                    Walk(item, itemPath, depth + 1, invalid);
                }
            }
            return;
        }
        if (model is IDictionary<string, string> map)
        {
            // Named values (a document's fields): each key and each value is text the client chose.
            foreach (var (key, value) in map.ToList())
            {
                var clean = value is null ? null : TextInput.Clean(value);
                if (TextInput.Clean(key) is null || value is not null && clean is null)
                    invalid.Add($"{path}[{key}]");
                else if (clean is not null && !map.IsReadOnly && !ReferenceEquals(clean, value))
                    map[key] = clean;
            }
            return;
        }
        if (model is IEnumerable)
            return;

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || !property.CanRead)
                continue;
            var name = string.IsNullOrEmpty(path) ? property.Name : $"{path}.{property.Name}";
            if (property.PropertyType == typeof(string))
            {
                if (property.GetValue(model) is not string s)
                    continue;
                var clean = TextInput.Clean(s);
                if (clean is null)
                    invalid.Add(name);
                else if (!ReferenceEquals(clean, s) && property.CanWrite)
                    property.SetValue(model, clean);
            }
            else if (!property.PropertyType.IsValueType && property.PropertyType != typeof(IFormFile))
            {
                Walk(property.GetValue(model), name, depth + 1, invalid);
            }
        }
    }
}
