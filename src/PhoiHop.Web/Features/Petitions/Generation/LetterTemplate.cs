namespace PhoiHop.Features.Petitions.Generation;

/// <summary>
/// A sentence with {Slot} placeholders, parsed once into literal pieces and slots so that writing a letter is a run of
/// appends. An unknown placeholder fails when the tables load, which every generator test exercises.
/// </summary>
internal sealed class LetterTemplate
{
    private LetterTemplate(string[] literals, LetterSlot[] slots)
    {
        Literals = literals;
        Slots = slots;
        foreach (var slot in slots)
            UsedSlots |= 1L << (int)slot;
    }

    /// <summary>One more literal than slots: literal, slot, literal, …, literal.</summary>
    public string[] Literals { get; }

    public LetterSlot[] Slots { get; }

    public long UsedSlots { get; }

    public bool Uses(LetterSlot slot) => (UsedSlots & (1L << (int)slot)) != 0;

    public static LetterTemplate Parse(string text)
    {
        var literals = new List<string>();
        var slots = new List<LetterSlot>();
        var start = 0;
        while (true)
        {
            var open = text.IndexOf('{', start);
            if (open < 0)
                break;
            var close = text.IndexOf('}', open);
            if (close < 0)
                throw new FormatException($"Unclosed placeholder in template: {text}");
            literals.Add(text[start..open]);
            slots.Add(Enum.Parse<LetterSlot>(text[(open + 1)..close]));
            start = close + 1;
        }
        literals.Add(text[start..]);
        return new LetterTemplate([.. literals], [.. slots]);
    }

    public static LetterTemplate[] ParseAll(string[] texts)
    {
        var templates = new LetterTemplate[texts.Length];
        for (var i = 0; i < texts.Length; i++)
            templates[i] = Parse(texts[i]);
        return templates;
    }
}
