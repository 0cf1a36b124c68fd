using System.Globalization;
using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PhoiHop.Features.Documents;

namespace PhoiHop.Infrastructure.Exports;

/// <summary>
/// A list or report as an A4 landscape PDF in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I (the issuer and the
/// national title side by side, the place and date, the title), with Noto Serif embedded as the official documents are
/// (<see cref="OfficialDocumentPdf"/>): PDFsharp does no shaping, so every string is drawn in NFC. The table repeats its
/// heading on each page; pages are numbered from the second.
/// </summary>
public static class PdfExport
{
    /// <summary>A PDF is for reading and printing: longer lists stop here with a note, and the spreadsheet has them all.</summary>
    public const int MaxRows = 5000;

    private const double Margin = 15 * DocumentLayout.PointsPerMm;
    private const double LeftMargin = 30 * DocumentLayout.PointsPerMm;
    private const double CellPadding = 3;
    private const double TableFontSize = 10;

    public static async Task WriteAsync(ExportTable table, Stream output, IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        NotoFonts.EnsureRegistered();
        using var pdf = new PdfDocument();
        pdf.Info.Title = Clean(table.Title);
        pdf.Info.Creator = "PhoiHop";
        var pages = new Pages(pdf, table);
        try
        {
            pages.Header();
            pages.TableHeading();
            var count = 0;
            await foreach (var row in table.Rows.WithCancellation(ct))
            {
                if (count == MaxRows)
                {
                    pages.Note($"Danh sách còn tiếp: bản PDF chỉ in {MaxRows.ToString("N0", Common.Display.Vietnamese)} dòng đầu; tệp Excel có đủ các dòng.");
                    break;
                }
                pages.Row(row);
                if (++count % 500 == 0)
                    progress?.Report(count);
            }
            progress?.Report(count);
        }
        finally
        {
            pages.Dispose();
        }
        pdf.Save(output, closeStream: false);
    }

    private static string Clean(string text) => text.Normalize(NormalizationForm.FormC).Replace('\n', ' ').Replace('\r', ' ');

    private sealed class Pages(PdfDocument pdf, ExportTable table) : IDisposable
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private static readonly XPen Line = new(XColors.Black, 0.5);
        private readonly Dictionary<(double, XFontStyleEx), XFont> _fonts = [];
        private XGraphics? _gfx;
        private double _y;
        private double _width;
        private double _bottom;
        private double[] _columns = [];
        private int _pageCount;

        public void Dispose() => _gfx?.Dispose();

        public void Header()
        {
            NewPage();
            var gfx = _gfx!;
            var leftWidth = _width * 0.4;
            var rightX = LeftMargin + leftWidth;
            var rightWidth = _width - leftWidth;
            var y = _y;
            if (!string.IsNullOrWhiteSpace(table.Issuer))
            {
                y = Centered(table.Issuer.ToUpper(Common.Display.Vietnamese), Font(DocumentLayout.IssuerSize, XFontStyleEx.Bold), LeftMargin, leftWidth, y, out var w);
                gfx.DrawLine(Line, LeftMargin + ((leftWidth - (w * 0.4)) / 2), y + 3, LeftMargin + ((leftWidth + (w * 0.4)) / 2), y + 3);
            }
            var right = Centered(ComposedDocument.NationalTitle, Font(DocumentLayout.NationalTitleSize, XFontStyleEx.Bold), rightX, rightWidth, _y, out _);
            right = Centered(ComposedDocument.Motto, Font(DocumentLayout.MottoSize, XFontStyleEx.Bold), rightX, rightWidth, right, out var mottoWidth);
            gfx.DrawLine(Line, rightX + ((rightWidth - mottoWidth) / 2), right + 3, rightX + ((rightWidth + mottoWidth) / 2), right + 3);
            right += 10;
            if (!string.IsNullOrWhiteSpace(table.Place) && table.IssuedOn != default)
                right = Centered(DocumentDate.PlaceAndDate(table.Place, table.IssuedOn), Font(13, XFontStyleEx.Italic), rightX, rightWidth, right, out _);
            _y = Math.Max(y, right) + 14;
            _y = Centered(Clean(table.Title).ToUpper(Common.Display.Vietnamese), Font(DocumentLayout.TypeTitleSize, XFontStyleEx.Bold), LeftMargin, _width, _y, out _);
            foreach (var line in table.Subtitle)
                _y = Centered(Clean(line), Font(13, XFontStyleEx.Italic), LeftMargin, _width, _y, out _);
            _y += 10;

            var total = table.Columns.Sum(c => c.Width);
            _columns = [.. table.Columns.Select(c => _width * c.Width / total)];
        }

        public void TableHeading() => DrawRow([.. table.Columns.Select(c => Clean(c.Heading))], Font(TableFontSize, XFontStyleEx.Bold), heading: true);

        public void Row(object?[] values) =>
            DrawRow([.. table.Columns.Select((c, i) => Text(i < values.Length ? values[i] : null))], Font(TableFontSize, XFontStyleEx.Regular), heading: false,
                rightAligned: [.. table.Columns.Select(c => c.Type == ExportType.Number)]);

        public void Note(string text)
        {
            var font = Font(11, XFontStyleEx.Italic);
            _y += 6;
            if (_y + font.GetHeight() > _bottom)
                NewPage();
            _gfx!.DrawString(text, font, XBrushes.Black, LeftMargin, _y, XStringFormats.TopLeft);
            _y += font.GetHeight();
        }

        private static string Text(object? value) => value switch
        {
            null => "",
            DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            int or long or decimal or double => ((IFormattable)value).ToString("N0", Common.Display.Vietnamese),
            _ => Clean(value.ToString() ?? ""),
        };

        private void DrawRow(string[] cells, XFont font, bool heading, bool[]? rightAligned = null)
        {
            var lines = cells.Select((c, i) => Wrap(c, font, _columns[i] - (2 * CellPadding))).ToList();
            var height = (lines.Max(l => Math.Max(l.Count, 1)) * font.GetHeight()) + (2 * CellPadding);
            if (_y + height > _bottom)
            {
                NewPage();
                if (!heading)
                    TableHeading();
            }
            var gfx = _gfx!;
            var x = LeftMargin;
            for (var i = 0; i < cells.Length; i++)
            {
                gfx.DrawRectangle(Line, x, _y, _columns[i], height);
                var y = _y + CellPadding;
                foreach (var line in lines[i])
                {
                    var lineX = heading ? x + ((_columns[i] - gfx.MeasureString(line, font).Width) / 2)
                        : rightAligned?[i] == true ? x + _columns[i] - CellPadding - gfx.MeasureString(line, font).Width
                        : x + CellPadding;
                    gfx.DrawString(line, font, XBrushes.Black, lineX, y, XStringFormats.TopLeft);
                    y += font.GetHeight();
                }
                x += _columns[i];
            }
            _y += height;
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Landscape;
            _gfx = XGraphics.FromPdfPage(page);
            _pageCount++;
            _width = page.Width.Point - LeftMargin - Margin;
            _bottom = page.Height.Point - (20 * DocumentLayout.PointsPerMm);
            _y = 20 * DocumentLayout.PointsPerMm;
            if (_pageCount > 1)
            {
                Centered(_pageCount.ToString(CultureInfo.InvariantCulture), Font(DocumentLayout.PageNumberSize, XFontStyleEx.Regular), LeftMargin, _width, 8 * DocumentLayout.PointsPerMm, out _);
            }
        }

        private XFont Font(double size, XFontStyleEx style)
        {
            if (!_fonts.TryGetValue((size, style), out var font))
                _fonts[(size, style)] = font = new XFont(NotoFonts.Family, size, style, Unicode);
            return font;
        }

        private double Centered(string text, XFont font, double x, double width, double top, out double widest)
        {
            widest = 0;
            foreach (var line in Wrap(text, font, width))
            {
                var w = _gfx!.MeasureString(line, font).Width;
                _gfx.DrawString(line, font, XBrushes.Black, x + ((width - w) / 2), top, XStringFormats.TopLeft);
                top += font.GetHeight();
                widest = Math.Max(widest, w);
            }
            return top;
        }

        // Greedy breaking at spaces; a word wider than the cell is cut where it overflows.
        private List<string> Wrap(string text, XFont font, double width)
        {
            var lines = new List<string>();
            var current = new StringBuilder();
            foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var pieces = Common.TextFit.Pieces(token, width, piece => _gfx!.MeasureString(piece, font).Width).ToList();
                if (pieces.Count > 1 && current.Length > 0)
                {
                    lines.Add(current.ToString());
                    current.Clear();
                }
                lines.AddRange(pieces.Take(pieces.Count - 1));
                var word = pieces[^1];
                var candidate = current.Length == 0 ? word : $"{current} {word}";
                if (current.Length > 0 && _gfx!.MeasureString(candidate, font).Width > width)
                {
                    lines.Add(current.ToString());
                    current.Clear().Append(word);
                }
                else
                {
                    current.Clear().Append(candidate);
                }
            }
            if (current.Length > 0)
                lines.Add(current.ToString());
            return lines;
        }
    }
}
