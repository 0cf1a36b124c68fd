using System.Collections;

namespace PhoiHop.Features.Petitions;

/// <summary>
/// The configurable field tree (RULES.md 13.8): roots, each with zero or more fields under it, never deeper. A petition
/// is classified to a leaf: a field, or a root that has none. The order given is the display order.
/// </summary>
public sealed class PetitionFieldTree : IReadOnlyList<PetitionField>
{
    private readonly PetitionField[] _fields;
    private readonly Dictionary<string, PetitionField> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PetitionField>> _children = new(StringComparer.Ordinal);

    public PetitionFieldTree(IEnumerable<PetitionField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fields = [.. fields];

        foreach (var field in _fields)
        {
            if (!IsValidCode(field.Code))
                throw new ArgumentException($"Field code '{field.Code}' must be upper-case ASCII letters, digits and underscores.", nameof(fields));
            if (string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.EnglishName))
                throw new ArgumentException($"Field {field.Code} needs a Vietnamese and an English name.", nameof(fields));
            if (!_byCode.TryAdd(field.Code, field))
                throw new ArgumentException($"Field code {field.Code} is used twice.", nameof(fields));
        }

        var roots = new List<PetitionField>();
        foreach (var field in _fields)
        {
            if (field.ParentCode is null)
            {
                roots.Add(field);
                continue;
            }

            if (!_byCode.TryGetValue(field.ParentCode, out var parent))
                throw new ArgumentException($"Field {field.Code} names an unknown parent {field.ParentCode}.", nameof(fields));
            if (!parent.IsRoot)
                throw new ArgumentException($"Field {field.Code} is under {parent.Code}, which is not a root: the tree has two levels.", nameof(fields));

            if (!_children.TryGetValue(parent.Code, out var list))
                _children[parent.Code] = list = [];
            list.Add(field);
        }

        Roots = roots;
    }

    public IReadOnlyList<PetitionField> Roots { get; }

    public int Count => _fields.Length;

    public PetitionField this[int index] => _fields[index];

    public PetitionField? Find(string code) => _byCode.GetValueOrDefault(code);

    public bool Contains(string code) => _byCode.ContainsKey(code);

    public IReadOnlyList<PetitionField> ChildrenOf(string code) =>
        _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>A field petitions can be classified to: any field under a root, or a root without fields.</summary>
    public bool IsLeaf(string code) => _byCode.ContainsKey(code) && !_children.ContainsKey(code);

    public IEnumerator<PetitionField> GetEnumerator() => ((IEnumerable<PetitionField>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool IsValidCode(string code)
    {
        if (string.IsNullOrEmpty(code))
            return false;
        foreach (var c in code)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_'))
                return false;
        }
        return true;
    }
}
