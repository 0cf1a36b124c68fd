using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace PhoiHop.Infrastructure.Exports;

/// <summary>
/// Streams an .xlsx (SpreadsheetML) straight to the output: one worksheet, written row by row into a zip entry, so memory
/// stays flat whatever the number of rows (DocumentFormat.OpenXml opens its package for update and keeps parts in
/// memory). Headings in bold with the first row frozen and an autofilter over the data; dates are date cells shown
/// dd/MM/yyyy, numbers are numbers.
/// </summary>
public static class XlsxExport
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // Style indexes of styles.xml below: 0 normal, 1 bold heading, 2 date dd/MM/yyyy, 3 text that wraps.
    private const int HeadingStyle = 1;
    private const int DateStyle = 2;

    // Excel's limit on a sheet; more rows would make a file it refuses to open.
    public const int MaxRows = 1_048_575;

    public static async Task WriteAsync(ExportTable table, Stream output, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Encoding.UTF8);
        await Part(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>
            """, ct);
        await Part(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
            """, ct);
        await Part(zip, "docProps/core.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{Escape(table.Title)}</dc:title><dc:creator>PhoiHop</dc:creator></cp:coreProperties>
            """, ct);
        await Part(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """, ct);
        await Part(zip, "xl/styles.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
            """, ct);

        var rows = await Sheet(zip, table, progress, ct);
        var lastColumn = ColumnName(table.Columns.Count - 1);
        // The autofilter's range is also a hidden defined name of the workbook (ECMA-376 Part 1, 18.2.5: _xlnm._FilterDatabase).
        await Part(zip, "xl/workbook.xml", $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="{Main}" xmlns:r="{Relationships}"><sheets><sheet name="{Escape(SheetName(table.Title))}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'{Escape(SheetName(table.Title).Replace("'", "''", StringComparison.Ordinal))}'!$A$1:${lastColumn}${Math.Max(rows + 1, 1)}</definedName></definedNames></workbook>
            """, ct);
    }

    private static async Task<int> Sheet(ZipArchive zip, ExportTable table, IProgress<int>? progress, CancellationToken ct)
    {
        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement(null, "worksheet", Main);
        // Freeze the heading row (ECMA-376 Part 1, 18.3.1.66: a frozen pane split below row 1).
        xml.WriteRaw("""<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>""");
        xml.WriteRaw("<cols>");
        for (var i = 0; i < table.Columns.Count; i++)
            xml.WriteRaw(string.Create(CultureInfo.InvariantCulture, $"""<col min="{i + 1}" max="{i + 1}" width="{table.Columns[i].Width}" customWidth="1"/>"""));
        xml.WriteRaw("</cols>");
        xml.WriteStartElement(null, "sheetData", Main);

        xml.WriteStartElement("row");
        xml.WriteAttributeString("r", "1");
        foreach (var column in table.Columns)
            Text(xml, column.Heading, HeadingStyle);
        xml.WriteEndElement();

        var count = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            if (count == MaxRows)
                throw new InvalidOperationException($"An .xlsx sheet holds at most {MaxRows} rows.");
            count++;
            xml.WriteStartElement("row");
            xml.WriteAttributeString("r", (count + 1).ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < table.Columns.Count; i++)
                Cell(xml, row.Length > i ? row[i] : null);
            xml.WriteEndElement();
            if (count % 1000 == 0)
            {
                xml.Flush();
                progress?.Report(count);
            }
        }
        xml.WriteEndElement(); // sheetData
        xml.WriteRaw($"""<autoFilter ref="A1:{ColumnName(table.Columns.Count - 1)}{count + 1}"/>""");
        xml.WriteEndElement(); // worksheet
        xml.Flush();
        progress?.Report(count);
        return count;
    }

    private static void Cell(XmlWriter xml, object? value)
    {
        switch (value)
        {
            case null:
                xml.WriteStartElement("c");
                xml.WriteEndElement();
                break;
            case DateOnly d:
                // A date is the number of days since 30/12/1899 (the 1900 date system), shown through the dd/mm/yyyy format.
                Number(xml, (d.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture), DateStyle);
                break;
            case int or long or decimal or double or float or short:
                Number(xml, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), 0);
                break;
            default:
                Text(xml, value.ToString() ?? "", 0);
                break;
        }
    }

    private static void Number(XmlWriter xml, string value, int style)
    {
        xml.WriteStartElement("c");
        if (style != 0)
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("v", value);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string value, int style)
    {
        xml.WriteStartElement("c");
        xml.WriteAttributeString("t", "inlineStr");
        if (style != 0)
            xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("is");
        xml.WriteStartElement("t");
        if (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])))
            xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // XML 1.0 cannot hold most control characters; a cell holds at most 32,767 characters.
    private static string Clean(string value)
    {
        var text = value.Normalize(NormalizationForm.FormC);
        if (text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r')))
            text = new string([.. text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')]);
        return text.Length > 32_767 ? text[..32_767] : text;
    }

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + ((n - 1) % 26)) + name;
        return name;
    }

    // A sheet name has at most 31 characters and none of : \ / ? * [ ].
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]).Trim();
        name = Common.TextInput.Cut(name, 31);
        return name.Length == 0 ? "Sheet1" : name;
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text.Normalize(NormalizationForm.FormC)) ?? "";

    private static Task Part(ZipArchive zip, string name, string content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var stream = entry.Open();
        ct.ThrowIfCancellationRequested();
        stream.Write(Encoding.UTF8.GetBytes(content.Trim()));
        return Task.CompletedTask;
    }
}
