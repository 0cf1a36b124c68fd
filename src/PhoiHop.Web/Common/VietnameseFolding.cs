using System.Globalization;
using System.Text;

namespace PhoiHop.Common;

/// <summary>
/// Vietnamese without its marks, for matching what people type: "Hoà", "hòa", "HOA" and "hoa" fold to one form, as
/// do "thuỷ"/"thủy" and "Đ"/"d". Keyboards without Vietnamese input drop every mark, and the two tone-placement styles
/// are both in use, so a search or a comparison that must not care folds both sides. Tables are built once from the
/// Unicode decompositions; folding is an array lookup per character.
/// </summary>
public static class VietnameseFolding
{
    private const int TableEnd = 0x1F00;

    // Precomposed letter → its base letter, case kept (ệ → e, Ư → U, đ → d); 0 where the character carries no mark.
    private static readonly char[] Bare = BuildBare();

    /// <summary>The letter without its marks, case kept: ậ → a, Đ → D. Other characters are returned as they are.</summary>
    public static char Base(char c) => c < TableEnd && Bare[c] != 0 ? Bare[c] : c;

    public static bool IsMarked(char c) => c < TableEnd && Bare[c] != 0;

    /// <summary>The base letter in lower case: Ậ → a, Đ → d.</summary>
    public static char Fold(char c)
    {
        var bare = Base(c);
        return bare < 0x80 ? (char)(bare is >= 'A' and <= 'Z' ? bare + 32 : bare) : char.ToLowerInvariant(bare);
    }

    /// <summary>
    /// The folded text: lower case, no marks, combining marks of decomposed input dropped, so NFD and NFC input fold
    /// alike. Its length may be shorter than the input's only when the input was not NFC.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F')
                continue;
            sb.Append(Fold(c));
        }
        return sb.ToString();
    }

    private static char[] BuildBare()
    {
        var table = new char[TableEnd];
        for (var c = (char)0xC0; c < TableEnd; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length < 2 || decomposed[0] > 0x7F || !char.IsLetter(decomposed[0]))
                continue;
            var marksOnly = true;
            for (var k = 1; k < decomposed.Length; k++)
                marksOnly &= CharUnicodeInfo.GetUnicodeCategory(decomposed[k]) == UnicodeCategory.NonSpacingMark;
            if (marksOnly)
                table[c] = decomposed[0];
        }
        table['đ'] = 'd';
        table['Đ'] = 'D';
        return table;
    }
}
