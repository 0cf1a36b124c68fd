using System.Text;
using PhoiHop.Common;

namespace PhoiHop.Features.Petitions.Duplicates;

/// <summary>
/// A letter reduced to what tells one matter from another: folded (no marks, lower case, both tone placements and
/// "đ"/"d" alike), with the parts every letter shares taken out — the national title and motto, the place-and-date
/// line, "Kính gửi" and its addressees (a copy to another body changes only those), the stock sentences of thanks and
/// commitment, and the signature block (the sender is matched on its own).
/// </summary>
internal sealed class LetterText
{
    private static readonly string[][] Boilerplate = Phrases(
        "cong hoa xa hoi chu nghia viet nam",
        "doc lap tu do hanh phuc",
        "xin chan thanh cam on",
        "chan thanh cam on",
        "quy co quan",
        "ky ghi ro ho ten",
        "noi dung su viec nhu sau",
        "su viec cu the nhu sau",
        "xin trinh bay su viec nhu sau",
        "xin trinh bay noi dung vu viec nhu sau",
        "rat mong nhan duoc su quan tam giai quyet cua",
        "kinh mong",
        "som xem xet giai quyet",
        "xin cam doan nhung noi dung trinh bay tren la dung su that",
        "cam ket noi dung to cao la dung su that va xin chiu trach nhiem truoc phap luat neu co y to cao sai su that",
        "lam don nay",
        "viet don nay",
        "kinh de nghi",
        "tran trong");

    private static readonly string[] SignatureOpeners =
        ["nguoi lam don", "nguoi viet don", "nhung nguoi lam don", "dai dien cac ho dan", "nguoi to cao", "nguoi khieu nai"];

    private LetterText(string folded, List<string> tokens, bool isReminder)
    {
        Folded = folded;
        Tokens = tokens;
        IsReminder = isReminder;
    }

    /// <summary>The whole letter folded, punctuation and lines kept: where facts are read.</summary>
    public string Folded { get; }

    /// <summary>Syllables and numbers of the matter, boilerplate removed, common typing variants evened out.</summary>
    public List<string> Tokens { get; }

    /// <summary>"Tôi đã gửi đơn ngày … nhưng chưa được giải quyết", "(lần 2)": the letter recalls an earlier one.</summary>
    public bool IsReminder { get; }

    public static LetterText Of(string? subject, string content)
    {
        var folded = VietnameseFolding.Fold(TextInput.Clean(content) ?? content);
        var foldedSubject = string.IsNullOrWhiteSpace(subject) ? "" : VietnameseFolding.Fold(subject);
        var tokens = new List<string>(256);
        Tokenize(foldedSubject, tokens);

        var lines = folded.Split('\n');
        var inAddressees = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                inAddressees = false;
                continue;
            }
            if (line.StartsWith("kinh gui", StringComparison.Ordinal))
            {
                inAddressees = true;
                continue;
            }
            if (inAddressees && line[0] is '-' or '+' or '•')
                continue;
            inAddressees = false;
            if (IsPlaceDateLine(line) || IsTitle(line))
                continue;
            if (IsSignatureOpener(line))
                break;
            Tokenize(line, tokens);
        }

        RemoveBoilerplate(tokens);
        return new LetterText(folded, tokens, IsReminderText(folded));
    }

    /// <summary>"Thái Nguyên, ngày 05 tháng 03 năm 2026": the place and date under the motto.</summary>
    public static bool IsPlaceDateLine(string foldedLine)
    {
        var at = foldedLine.IndexOf("ngay ", StringComparison.Ordinal);
        return at >= 0 && at < 70 && foldedLine.Contains(" thang ", StringComparison.Ordinal) && foldedLine.Contains(" nam ", StringComparison.Ordinal)
            && foldedLine.Length - at < 32 && (at == 0 || foldedLine[..at].TrimEnd().EndsWith(','));
    }

    private static bool IsTitle(string line) =>
        line.StartsWith("don ", StringComparison.Ordinal) && line.Length < 40 && !line.Contains('.', StringComparison.Ordinal);

    private static bool IsSignatureOpener(string line)
    {
        foreach (var opener in SignatureOpeners)
        {
            if (line.StartsWith(opener, StringComparison.Ordinal) && line.Length < opener.Length + 25)
                return true;
        }
        return false;
    }

    private static bool IsReminderText(string folded) =>
        (folded.Contains("da gui don", StringComparison.Ordinal)
            && (folded.Contains("chua duoc giai quyet", StringComparison.Ordinal) || folded.Contains("chua nhan duoc", StringComparison.Ordinal)))
        || folded.Contains("(lan 2)", StringComparison.Ordinal) || folded.Contains("lan thu hai", StringComparison.Ordinal)
        || folded.Contains("don da gui ngay", StringComparison.Ordinal);

    /// <summary>
    /// Splits folded text into syllables and numbers. Grouped numbers read as one (125.000.000, 12/03/2025); ungrouped
    /// numbers of nine digits or more (ID and phone numbers) are left out, since the sender is compared apart from the text.
    /// </summary>
    public static void Tokenize(string folded, List<string> tokens)
    {
        var sb = new StringBuilder(16);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsAsciiLetterLower(c))
            {
                var start = i;
                while (i < folded.Length && char.IsLetter(folded[i]))
                    i++;
                tokens.Add(Syllable(folded.AsSpan(start, i - start)));
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                sb.Clear();
                var digits = 0;
                var grouped = false;
                while (i < folded.Length)
                {
                    var d = folded[i];
                    if (char.IsAsciiDigit(d))
                    {
                        sb.Append(d);
                        digits++;
                    }
                    else if (d is '.' or ',' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))
                    {
                        // 125.000.000 and 125,000,000: group separators, not part of the value.
                        grouped = true;
                    }
                    else if (d == '/' && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]))
                    {
                        sb.Append('/');
                    }
                    else
                    {
                        break;
                    }
                    i++;
                }
                if (digits < 9 || grouped)
                    tokens.Add(sb.ToString());
                continue;
            }
            i++;
        }
    }

    /// <summary>
    /// Evens out spellings that differ by habit, not by meaning: final "y" and "i" after a consonant (kỹ/kĩ, quý/quí,
    /// lý/lí), and "dd" for "đ" left by Telex typing.
    /// </summary>
    private static string Syllable(ReadOnlySpan<char> s)
    {
        if (s.Length >= 3 && s[0] == 'd' && s[1] == 'd')
            s = s[1..];
        if (s.Length >= 2 && s[^1] == 'y' && (!IsVowel(s[^2]) || (s.Length == 3 && s[0] == 'q' && s[1] == 'u')))
            return string.Concat(s[..^1], "i");
        return s.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static void RemoveBoilerplate(List<string> tokens)
    {
        var keep = new bool[tokens.Count];
        Array.Fill(keep, true);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var phrase in Boilerplate)
            {
                if (i + phrase.Length > tokens.Count || tokens[i] != phrase[0])
                    continue;
                var match = true;
                for (var k = 1; k < phrase.Length && match; k++)
                    match = tokens[i + k] == phrase[k];
                if (match)
                {
                    for (var k = 0; k < phrase.Length; k++)
                        keep[i + k] = false;
                }
            }
        }
        var w = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (keep[i])
                tokens[w++] = tokens[i];
        }
        tokens.RemoveRange(w, tokens.Count - w);
    }

    private static string[][] Phrases(params string[] phrases)
    {
        var result = new string[phrases.Length][];
        for (var i = 0; i < phrases.Length; i++)
        {
            var tokens = new List<string>();
            Tokenize(phrases[i], tokens);
            result[i] = [.. tokens];
        }
        return result;
    }
}
