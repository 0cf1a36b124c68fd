using System.Globalization;
using System.Text;

namespace PhoiHop.Infrastructure.Exports;

/// <summary>
/// CSV as Excel opens it in Vietnamese: UTF-8 with a byte order mark (without it Excel reads the file as ANSI and breaks
/// every diacritic), RFC 4180 quoting, CRLF. A text cell that starts with = + - @ (or a tab or carriage return) is
/// prefixed with an apostrophe so that a spreadsheet never runs it as a formula (OWASP "CSV injection").
/// </summary>
public static class CsvExport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(ExportTable table, Stream output, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        await using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', table.Columns.Select(c => Field(c.Heading))));
        var count = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            var line = new StringBuilder();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (i > 0)
                    line.Append(',');
                line.Append(Cell(row.Length > i ? row[i] : null));
            }
            await writer.WriteLineAsync(line, ct);
            if (++count % 1000 == 0)
                progress?.Report(count);
        }
        await writer.FlushAsync(ct);
        progress?.Report(count);
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        string s => Field(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(value.ToString() ?? ""),
    };

    /// <summary>A text field: defused, then quoted when it holds a comma, a quote or a line break (RFC 4180, 2.6–2.7).</summary>
    public static string Field(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
