using System.Text;

namespace PhoiHop.Common;

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, commas or semicolons, CRLF or LF.</summary>
public static class CsvReader
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader, char? separator = null)
    {
        var line = 0;
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var startLine = 1;
        char? sep = separator;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                        line++;
                    field.Append(ch);
                }
                continue;
            }
            if (ch == '"' && field.Length == 0)
            {
                inQuotes = true;
                continue;
            }
            sep ??= ch is ',' or ';' or '\t' ? ch : null;
            if (ch == sep)
            {
                fields.Add(field.ToString());
                field.Clear();
                continue;
            }
            if (ch == '\r')
                continue;
            if (ch == '\n')
            {
                line++;
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Length > 0)
                    yield return (startLine, fields.ToArray());
                fields.Clear();
                startLine = line + 1;
                continue;
            }
            field.Append(ch);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (startLine, fields.ToArray());
        }
    }
}
