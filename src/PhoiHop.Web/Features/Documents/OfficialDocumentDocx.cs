using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static PhoiHop.Features.Documents.DocumentLayout;

namespace PhoiHop.Features.Documents;

/// <summary>
/// Renders an <see cref="OfficialDocument"/> as an editable DOCX in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I:
/// Times New Roman (the decree's font; Word substitutes it where it is missing), A4, a borderless two-column table for the
/// header and another for "Nơi nhận" and the signature, page numbers from the second page.
/// </summary>
public static class OfficialDocumentDocx
{
    private const string FontName = "Times New Roman";
    private const int TwipsPerPoint = 20;
    private const int CellMarginTwips = 108; // Word's default left and right cell margins

    public static byte[] Render(OfficialDocument document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    /// <exception cref="ArgumentException">A required part of the document is missing.</exception>
    public static void Write(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = ComposedDocument.From(document);

        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        word.PackageProperties.Title = text.MetadataTitle;
        word.PackageProperties.Creator = ComposedDocument.Clean(document.Issuer.Name);
        word.PackageProperties.Language = "vi-VN";

        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = StyleDefinitions();
        var pageNumbers = main.AddNewPart<HeaderPart>();
        pageNumbers.Header = new Header(Centered(PageNumberSize, new SimpleField(Span("1", PageNumberSize)) { Instruction = " PAGE " }));
        var firstPage = main.AddNewPart<HeaderPart>();
        firstPage.Header = new Header(new Paragraph());

        var body = new Body();
        var width = Twips((PageWidthMm - LeftMm - RightMm) * PointsPerMm);
        body.Append(HeaderTable(text, width));
        body.Append(Heading(text, width));
        body.Append(Recipients(text, width));
        for (var i = 0; i < text.Body.Count; i++)
            body.Append(BodyParagraph(text.Body[i], keepWithSignature: i == text.Body.Count - 1));
        body.Append(Spacer(6));
        body.Append(Signature(text, width));
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(pageNumbers) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstPage) },
            new PageSize { Width = (UInt32Value)(uint)Twips(PageWidthMm * PointsPerMm), Height = (UInt32Value)(uint)Twips(PageHeightMm * PointsPerMm) },
            new PageMargin
            {
                Top = Twips(TopMm * PointsPerMm),
                Bottom = Twips(BottomMm * PointsPerMm),
                Left = (UInt32Value)(uint)Twips(LeftMm * PointsPerMm),
                Right = (UInt32Value)(uint)Twips(RightMm * PointsPerMm),
                Header = (UInt32Value)(uint)Twips(8 * PointsPerMm),
                Footer = (UInt32Value)(uint)Twips(8 * PointsPerMm),
                Gutter = 0U,
            },
            new TitlePage()));
        main.Document = new Document(body);
        main.Document.Save();
    }

    // Default run: Times New Roman 14 pt, Vietnamese; default paragraph: no spacing, single lines.
    private static Styles StyleDefinitions() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                new FontSize { Val = HalfPoints(BodySize) },
                new FontSizeComplexScript { Val = HalfPoints(BodySize) },
                new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });

    // Row 1: issuer | national title and motto. Row 2: number (and a công văn's subject) | place and date.
    private static Table HeaderTable(ComposedDocument text, int width)
    {
        var left = (int)(width * HeaderLeftShare);
        var right = width - left;
        var leftText = left - (2 * CellMarginTwips);

        var issuer = new List<OpenXmlElement>();
        if (text.ParentAuthority is { } parent)
            issuer.Add(Centered(ParentAuthoritySize, Lines(parent, ParentAuthoritySize, bold: false, leftText)));
        var issuerLines = Balanced(text.IssuerName, IssuerSize, bold: true, leftText);
        issuer.Add(Centered(IssuerSize, Lines(text.IssuerName, IssuerSize, bold: true, leftText)));
        issuer.Add(RuleUnder(issuerLines.Max(l => EstimatedWidth(l, IssuerSize, bold: true)) * 0.4, leftText));

        var nation = new List<OpenXmlElement>
        {
            Centered(NationalTitleSize, Span(ComposedDocument.NationalTitle, NationalTitleSize, bold: true)),
            // The motto's line is as long as the motto: an underline is exactly that.
            Centered(MottoSize, Span(ComposedDocument.Motto, MottoSize, bold: true, underline: true)),
        };

        var number = new List<OpenXmlElement> { Centered(NumberSize, Span(text.NumberLine, NumberSize)) };
        if (text.IsOfficialLetter && text.Summary is { } subject)
            number.Add(Centered(LetterSubjectSize, Lines(subject, LetterSubjectSize, bold: false, leftText)));
        var date = Centered(PlaceAndDateSize, Span(text.PlaceAndDate, PlaceAndDateSize, italic: true));
        date.ParagraphProperties!.SpacingBetweenLines!.Before = Twips(6).ToString(CultureInfo.InvariantCulture);
        ((Paragraph)number[0]).ParagraphProperties!.SpacingBetweenLines!.Before = Twips(6).ToString(CultureInfo.InvariantCulture);

        return Grid([left, right], [[issuer, nation], [number, [date]]]);
    }

    private static IEnumerable<OpenXmlElement> Heading(ComposedDocument text, int width)
    {
        if (text.TypeTitle is null)
        {
            yield return Spacer(12);
            yield break;
        }
        var title = Centered(TypeTitleSize, Span(text.TypeTitle, TypeTitleSize, bold: true));
        title.ParagraphProperties!.SpacingBetweenLines!.Before = Twips(18).ToString(CultureInfo.InvariantCulture);
        yield return KeepNext(title);
        var last = text.TypeTitle;
        if (text.Summary is { } summary)
        {
            yield return KeepNext(Centered(SummarySize, Span(summary, SummarySize, bold: true)));
            last = summary;
        }
        var ruleWidth = Math.Min(EstimatedWidth(last, SummarySize, bold: true), width * 0.8) * 0.4;
        yield return KeepNext(RuleUnder(Math.Max(ruleWidth, 800), width));
        yield return Spacer(12);
    }

    private static IEnumerable<OpenXmlElement> Recipients(ComposedDocument text, int width)
    {
        var label = ComposedDocument.RecipientsLabel;
        if (text.SingleRecipient is { } single)
        {
            var paragraph = Centered(RecipientsSize, Span($"{label} {single}", RecipientsSize));
            paragraph.ParagraphProperties!.SpacingBetweenLines!.After = Twips(ParagraphSpacingPt).ToString(CultureInfo.InvariantCulture);
            yield return paragraph;
        }
        else if (text.RecipientLines.Count > 0)
        {
            // The dashes line up under the colon of "Kính gửi:".
            var dash = EstimatedWidth(label[..^1], RecipientsSize, bold: false);
            var widest = text.RecipientLines.Max(l => EstimatedWidth(l, RecipientsSize, bold: false));
            var indent = Math.Max(width / 10, (width - dash - widest) / 2);
            yield return Indented(indent, Span(label, RecipientsSize));
            for (var i = 0; i < text.RecipientLines.Count; i++)
            {
                var line = Indented(indent + dash, Span(text.RecipientLines[i], RecipientsSize));
                if (i == text.RecipientLines.Count - 1)
                    line.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = Twips(ParagraphSpacingPt).ToString(CultureInfo.InvariantCulture) };
                yield return line;
            }
        }
    }

    // Justified, first line indented 1.27 cm, 6 pt after, lines at 1.15.
    private static Paragraph BodyParagraph(string text, bool keepWithSignature) => new(
        new ParagraphProperties
        {
            KeepNext = keepWithSignature ? new KeepNext() : null,
            SpacingBetweenLines = new SpacingBetweenLines { After = Twips(ParagraphSpacingPt).ToString(CultureInfo.InvariantCulture), Line = "276", LineRule = LineSpacingRuleValues.Auto },
            Indentation = new Indentation { FirstLine = Twips(FirstLineIndentMm * PointsPerMm).ToString(CultureInfo.InvariantCulture) },
            Justification = new Justification { Val = JustificationValues.Both },
        },
        Span(text, BodySize));

    private static Table Signature(ComposedDocument text, int width)
    {
        var left = (int)(width * SignatureLeftShare);
        var right = width - left;

        var copies = new List<OpenXmlElement> { Aligned(JustificationValues.Left, CopiesLabelSize, Span(ComposedDocument.CopiesLabel, CopiesLabelSize, bold: true, italic: true)) };
        copies.AddRange(text.CopiesTo.Select(c => Aligned(JustificationValues.Left, CopiesSize, Span(c, CopiesSize))));

        var signer = text.SignerCapacity.Select(c => (OpenXmlElement)Centered(SignerSize, Span(c, SignerSize, bold: true))).ToList();
        var space = Centered(SignerSize);
        space.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines
        {
            Line = Twips(SignatureSpaceMm * PointsPerMm).ToString(CultureInfo.InvariantCulture),
            LineRule = LineSpacingRuleValues.Exact,
        };
        signer.Add(space);
        signer.Add(Centered(SignerSize, Span(text.SignerName, SignerSize, bold: true)));

        return Grid([left, right], [[copies, signer]]);
    }

    private static Table Grid(int[] columns, List<OpenXmlElement>[][] rows)
    {
        var table = new Table(new TableProperties
        {
            TableWidth = new TableWidth { Width = columns.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil }, new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        });
        table.Append(new TableGrid(columns.Select(c => new GridColumn { Width = c.ToString(CultureInfo.InvariantCulture) })));
        foreach (var cells in rows)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < cells.Length; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = columns[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                cell.Append(cells[i].Select(e => e.CloneNode(true)));
                row.Append(cell);
            }
            table.Append(row);
        }
        return table;
    }

    private static Paragraph Centered(double size, params OpenXmlElement[] content) => Aligned(JustificationValues.Center, size, content);

    private static Paragraph Aligned(JustificationValues alignment, double size, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
            Justification = new Justification { Val = alignment },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = HalfPoints(size) }),
        });
        paragraph.Append(content);
        return paragraph;
    }

    private static Paragraph Indented(int left, Run run) => new(
        new ParagraphProperties { Indentation = new Indentation { Left = left.ToString(CultureInfo.InvariantCulture) } },
        run);

    private static Paragraph KeepNext(Paragraph paragraph)
    {
        paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        return paragraph;
    }

    private static Paragraph Spacer(double points) => new(new ParagraphProperties
    {
        SpacingBetweenLines = new SpacingBetweenLines { Line = Twips(points).ToString(CultureInfo.InvariantCulture), LineRule = LineSpacingRuleValues.Exact },
    });

    /// <summary>
    /// A short solid line centred in the column: the bottom border of an empty, tight paragraph indented from both sides.
    /// </summary>
    private static Paragraph RuleUnder(double length, double column)
    {
        var indent = Math.Max(0, (int)((column - length) / 2)).ToString(CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "40", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = indent, Right = indent },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }),
        });
    }

    private static Run Span(string text, double size, bool bold = false, bool italic = false, bool underline = false) => new(
        new RunProperties
        {
            Bold = bold ? new Bold() : null,
            Italic = italic ? new Italic() : null,
            FontSize = new FontSize { Val = HalfPoints(size) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = HalfPoints(size) },
            Underline = underline ? new Underline { Val = UnderlineValues.Single } : null,
        },
        new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>
    /// Header lines broken by hand where Word would break them badly: "ỦY BAN NHÂN DÂN / TỈNH THÁI NGUYÊN", not
    /// "ỦY BAN NHÂN DÂN TỈNH THÁI / NGUYÊN". Widths are estimates (see <see cref="EstimatedWidth"/>).
    /// </summary>
    private static OpenXmlElement[] Lines(string text, double size, bool bold, int width) =>
        [.. Balanced(text, size, bold, width).SelectMany((line, i) => i == 0
            ? new OpenXmlElement[] { Span(line, size, bold) }
            : [new Run(new RunProperties { Bold = bold ? new Bold() : null }, new Break()), Span(line, size, bold)])];

    private static List<string> Balanced(string text, double size, bool bold, int width)
    {
        var lines = Wrap(text, size, bold, width);
        if (lines.Count < 2)
            return lines;
        var (low, high) = (width / lines.Count, width);
        while (high - low > 20)
        {
            var middle = (low + high) / 2;
            if (Wrap(text, size, bold, middle).Count > lines.Count)
                low = middle;
            else
                high = middle;
        }
        return Wrap(text, size, bold, high);
    }

    private static List<string> Wrap(string text, double size, bool bold, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && EstimatedWidth(longer, size, bold) > width)
            {
                lines.Add(line);
                longer = word;
            }
            line = longer;
        }
        if (line.Length > 0)
            lines.Add(line);
        return lines;
    }

    // Word measures with the reader's fonts, so the DOCX can only estimate, in twips: capitals at their Times New Roman
    // advance widths (thousandths of an em, the Adobe metrics of Times Roman and Times Bold), other letters at an
    // average. Marks add no width: each letter is measured by its base letter.
    private static readonly int[] Capitals =
        [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];

    private static readonly int[] BoldCapitals =
        [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];

    private static int EstimatedWidth(string text, double size, bool bold)
    {
        var thousandths = 0;
        foreach (var c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            thousandths += c switch
            {
                _ when CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark => 0,
                ' ' => 250,
                'Đ' => 722,
                >= 'A' and <= 'Z' => (bold ? BoldCapitals : Capitals)[c - 'A'],
                'đ' or (>= 'a' and <= 'z') or (>= '0' and <= '9') => bold ? 520 : 480,
                _ => 333,
            };
        }
        return (int)(thousandths * size * TwipsPerPoint / 1000);
    }

    private static int Twips(double points) => (int)Math.Round(points * TwipsPerPoint);

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);
}
