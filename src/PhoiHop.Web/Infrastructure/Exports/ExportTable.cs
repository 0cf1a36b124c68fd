namespace PhoiHop.Infrastructure.Exports;

/// <summary>How a column's values are written: text, a number, or a date (a real date cell in a spreadsheet).</summary>
public enum ExportType
{
    Text = 0,
    Number = 1,
    Date = 2,
}

/// <summary>A column of an export: its heading (Vietnamese, as shown) and type; <see cref="Width"/> in characters.</summary>
public sealed record ExportColumn(string Heading, ExportType Type = ExportType.Text, double Width = 16);

/// <summary>
/// Any list or report to export: a title, lines that say what it covers, the columns and the rows, read once as they
/// come (<see cref="Rows"/> may stream from the database). Values are string, a number (int, long, decimal, double) or
/// DateOnly, matching the column's type, or null.
/// </summary>
public sealed record ExportTable(string Title, IReadOnlyList<string> Subtitle, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<object?[]> Rows)
{
    /// <summary>The body that issues the document (the left of the official header of a PDF).</summary>
    public string Issuer { get; init; } = "";

    /// <summary>The place name of "…, ngày … tháng … năm …" (địa danh).</summary>
    public string Place { get; init; } = "";

    /// <summary>The number of rows when known beforehand, for progress.</summary>
    public int? ExpectedRows { get; init; }

    /// <summary>The date the document is issued on (the official header of a PDF).</summary>
    public DateOnly IssuedOn { get; init; }
}

/// <summary>The formats every list and report can be exported to.</summary>
public enum ExportFormat
{
    Xlsx = 0,
    Csv = 1,
    Pdf = 2,
}

public static class ExportFormats
{
    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ExportFormat.Csv => "text/csv; charset=utf-8",
        _ => "application/pdf",
    };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => "xlsx",
        ExportFormat.Csv => "csv",
        _ => "pdf",
    };

    public static ExportFormat? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "xlsx" => ExportFormat.Xlsx,
        "csv" => ExportFormat.Csv,
        "pdf" => ExportFormat.Pdf,
        _ => null,
    };

    /// <summary>Writes <paramref name="table"/> in <paramref name="format"/>; <paramref name="progress"/> gets the rows written so far.</summary>
    public static Task WriteAsync(ExportFormat format, ExportTable table, Stream output, IProgress<int>? progress, CancellationToken ct) => format switch
    {
        ExportFormat.Xlsx => XlsxExport.WriteAsync(table, output, progress, ct),
        ExportFormat.Csv => CsvExport.WriteAsync(table, output, progress, ct),
        _ => PdfExport.WriteAsync(table, output, progress, ct),
    };
}
