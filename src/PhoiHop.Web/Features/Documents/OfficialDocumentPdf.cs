using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static PhoiHop.Features.Documents.DocumentLayout;

namespace PhoiHop.Features.Documents;

/// <summary>
/// Renders an <see cref="OfficialDocument"/> as an A4 PDF in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I, with Noto
/// Serif embedded (Times New Roman, which the decree names, is not free to embed). PDFsharp only places strings, so this
/// class wraps, justifies and breaks pages itself.
/// </summary>
public static class OfficialDocumentPdf
{
    public static byte[] Render(OfficialDocument document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    /// <exception cref="ArgumentException">A required part of the document is missing.</exception>
    /// <exception cref="FileNotFoundException">The Noto Serif fonts are not installed.</exception>
    public static void Write(OfficialDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var text = ComposedDocument.From(document);
        NotoFonts.EnsureRegistered();

        using var pdf = new PdfDocument();
        pdf.Info.Title = text.MetadataTitle;
        pdf.Info.Author = ComposedDocument.Clean(document.Issuer.Name);
        pdf.Info.Creator = "PhoiHop";
        using (var pages = new Pages(pdf))
        {
            pages.Header(text);
            pages.Heading(text);
            pages.Recipients(text);
            foreach (var paragraph in text.Body)
                pages.Paragraph(paragraph);
            pages.Signature(text);
        }
        pdf.Save(output, closeStream: false);
    }

    private sealed class Pages : IDisposable
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        private static readonly XPen Rule = new(XColors.Black, 0.6);

        private readonly PdfDocument _pdf;
        private readonly Dictionary<(double, XFontStyleEx), XFont> _fonts = [];
        private readonly double _left = LeftMm * PointsPerMm;
        private readonly double _right = (PageWidthMm - RightMm) * PointsPerMm;
        private readonly double _top = TopMm * PointsPerMm;
        private readonly double _bottom = (PageHeightMm - BottomMm) * PointsPerMm;
        private XGraphics _gfx = null!;
        private int _pageCount;
        private double _y;

        public Pages(PdfDocument pdf)
        {
            _pdf = pdf;
            NewPage();
        }

        private double Width => _right - _left;

        public void Dispose() => _gfx.Dispose();

        // Two columns: the issuer on the left, the national title and motto on the right; then the number beside the
        // place and date (Phụ lục I, the layout diagram of the components).
        public void Header(ComposedDocument text)
        {
            var title = Font(NationalTitleSize, XFontStyleEx.Bold);
            var rightWidth = Math.Max(Width * (1 - HeaderLeftShare), Measure(ComposedDocument.NationalTitle, title) + 12);
            var leftWidth = Width - rightWidth;
            var rightX = _left + leftWidth;

            var y = _y;
            if (text.ParentAuthority is { } parent)
                y = Centered(parent, Font(ParentAuthoritySize, XFontStyleEx.Regular), _left, leftWidth, y, out _);
            y = Centered(text.IssuerName, Font(IssuerSize, XFontStyleEx.Bold), _left, leftWidth, y, out var issuerWidth);
            // A solid line of a third to a half of the name's length, centred under it.
            y += 3;
            HorizontalRule(_left + (leftWidth / 2), issuerWidth * 0.4, y);
            var leftBottom = y;

            y = Centered(ComposedDocument.NationalTitle, title, rightX, rightWidth, _y, out _);
            y = Centered(ComposedDocument.Motto, Font(MottoSize, XFontStyleEx.Bold), rightX, rightWidth, y, out var mottoWidth);
            // A solid line as long as the motto.
            y += 3;
            HorizontalRule(rightX + (rightWidth / 2), mottoWidth, y);

            var row = Math.Max(leftBottom, y) + 8;
            var numberBottom = Centered(text.NumberLine, Font(NumberSize, XFontStyleEx.Regular), _left, leftWidth, row, out _);
            if (text.IsOfficialLetter && text.Summary is { } subject)
                numberBottom = Centered(subject, Font(LetterSubjectSize, XFontStyleEx.Regular), _left, leftWidth, numberBottom + 2, out _);

            var dateFont = Font(PlaceAndDateSize, XFontStyleEx.Italic);
            if (Measure(text.PlaceAndDate, dateFont) > rightWidth)
                dateFont = Font(PlaceAndDateSize - 1, XFontStyleEx.Italic); // 13 pt is still inside the decree's range
            var dateBottom = Centered(text.PlaceAndDate, dateFont, rightX, rightWidth, row, out _);

            _y = Math.Max(numberBottom, dateBottom) + 14;
        }

        // The type name and, under it, the summary with a short line below (a công văn has neither here).
        public void Heading(ComposedDocument text)
        {
            if (text.TypeTitle is null)
                return;
            _y = Centered(text.TypeTitle, Font(TypeTitleSize, XFontStyleEx.Bold), _left, Width, _y, out var lineWidth);
            if (text.Summary is { } summary)
                _y = Centered(summary, Font(SummarySize, XFontStyleEx.Bold), _left + (Width * 0.1), Width * 0.8, _y, out lineWidth);
            _y += 3;
            HorizontalRule(_left + (Width / 2), Math.Max(lineWidth * 0.4, 40), _y);
            _y += 12;
        }

        // "Kính gửi: X" on one line; several addressees as dashes aligned under the colon.
        public void Recipients(ComposedDocument text)
        {
            var font = Font(RecipientsSize, XFontStyleEx.Regular);
            var label = ComposedDocument.RecipientsLabel;
            if (text.SingleRecipient is { } single)
            {
                var line = $"{label} {single}";
                if (Measure(line, font) <= Width)
                {
                    _y = Centered(line, font, _left, Width, _y, out _) + ParagraphSpacingPt;
                }
                else
                {
                    var labelWidth = Measure(label + " ", font);
                    Draw(label, font, _left + (Width * 0.1), _y);
                    foreach (var part in Wrap(single, font, (Width * 0.9) - labelWidth))
                    {
                        Draw(part.Text, font, _left + (Width * 0.1) + labelWidth, _y);
                        _y += font.GetHeight();
                    }
                    _y += ParagraphSpacingPt;
                }
            }
            else if (text.RecipientLines.Count > 0)
            {
                var dashX = Measure(label[..^1], font);
                var widest = text.RecipientLines.Max(l => Measure(l, font));
                var x = Math.Max(_left + (Width * 0.1), _left + ((Width - dashX - widest) / 2));
                Draw(label, font, x, _y);
                _y += font.GetHeight();
                foreach (var recipient in text.RecipientLines)
                {
                    foreach (var part in Wrap(recipient, font, _right - x - dashX))
                    {
                        EnsureRoom(font.GetHeight());
                        Draw(part.Text, font, x + dashX, _y);
                        _y += font.GetHeight();
                    }
                }
                _y += ParagraphSpacingPt;
            }
        }

        // Justified, first line indented 1.27 cm, 6 pt after; a page break may fall between any two lines.
        public void Paragraph(string paragraph)
        {
            var font = Font(BodySize, XFontStyleEx.Regular);
            var indent = FirstLineIndentMm * PointsPerMm;
            var lines = Wrap(paragraph, font, Width, indent);
            for (var i = 0; i < lines.Count; i++)
            {
                EnsureRoom(font.GetHeight());
                var x = _left + (i == 0 ? indent : 0);
                var lineWidth = Width - (i == 0 ? indent : 0);
                if (i == lines.Count - 1 || lines[i].Words.Count < 2)
                {
                    Draw(lines[i].Text, font, x, _y);
                }
                else
                {
                    var gap = (lineWidth - lines[i].WordsWidth) / (lines[i].Words.Count - 1);
                    foreach (var (word, width) in lines[i].Words)
                    {
                        Draw(word, font, x, _y);
                        x += width + gap;
                    }
                }
                _y += font.GetHeight();
            }
            _y += ParagraphSpacingPt;
        }

        // "Nơi nhận" on the left, the signer on the right, kept together on one page.
        public void Signature(ComposedDocument text)
        {
            var labelFont = Font(CopiesLabelSize, XFontStyleEx.BoldItalic);
            var copiesFont = Font(CopiesSize, XFontStyleEx.Regular);
            var signerFont = Font(SignerSize, XFontStyleEx.Bold);
            var leftWidth = Width * SignatureLeftShare;
            var rightX = _left + leftWidth;
            var rightWidth = Width - leftWidth;

            var copies = text.CopiesTo.SelectMany(c => Wrap(c, copiesFont, leftWidth - 4)).ToList();
            var leftHeight = labelFont.GetHeight() + (copies.Count * copiesFont.GetHeight());
            var capacity = text.SignerCapacity.SelectMany(c => Wrap(c, signerFont, rightWidth)).ToList();
            var rightHeight = ((capacity.Count + 1) * signerFont.GetHeight()) + (SignatureSpaceMm * PointsPerMm);

            _y += 6;
            EnsureRoom(Math.Max(leftHeight, rightHeight));

            var y = _y;
            Draw(ComposedDocument.CopiesLabel, labelFont, _left, y);
            y += labelFont.GetHeight();
            foreach (var line in copies)
            {
                Draw(line.Text, copiesFont, _left, y);
                y += copiesFont.GetHeight();
            }

            var right = _y;
            foreach (var line in capacity)
            {
                Draw(line.Text, signerFont, rightX + ((rightWidth - line.Width) / 2), right);
                right += signerFont.GetHeight();
            }
            right += SignatureSpaceMm * PointsPerMm;
            Centered(text.SignerName, signerFont, rightX, rightWidth, right, out _);
            _y = Math.Max(y, right + signerFont.GetHeight());
        }

        private void NewPage()
        {
            _gfx?.Dispose();
            var page = _pdf.AddPage();
            page.Size = PageSize.A4;
            page.Orientation = PageOrientation.Portrait;
            _gfx = XGraphics.FromPdfPage(page);
            _pageCount++;
            _y = _top;
            // Pages are numbered from 2, centred in the top margin (Phụ lục I, "Số trang văn bản").
            if (_pageCount > 1)
            {
                var font = Font(PageNumberSize, XFontStyleEx.Regular);
                Centered(_pageCount.ToString(CultureInfo.InvariantCulture), font, _left, Width, (_top - font.GetHeight()) / 2, out _);
            }
        }

        private void EnsureRoom(double height)
        {
            if (_y + height > _bottom)
                NewPage();
        }

        private XFont Font(double size, XFontStyleEx style)
        {
            if (!_fonts.TryGetValue((size, style), out var font))
                _fonts[(size, style)] = font = new XFont(NotoFonts.Family, size, style, Unicode);
            return font;
        }

        private double Measure(string text, XFont font) => _gfx.MeasureString(text, font).Width;

        private void Draw(string text, XFont font, double x, double top) =>
            _gfx.DrawString(text, font, XBrushes.Black, x, top, XStringFormats.TopLeft);

        private void HorizontalRule(double centre, double length, double y) =>
            _gfx.DrawLine(Rule, centre - (length / 2), y, centre + (length / 2), y);

        /// <summary>
        /// Draws lines centred in a column from <paramref name="top"/> and returns the bottom. Lines are balanced, as
        /// headers are set by hand ("ỦY BAN NHÂN DÂN / TỈNH THÁI NGUYÊN", not "ỦY BAN NHÂN DÂN TỈNH THÁI / NGUYÊN").
        /// </summary>
        private double Centered(string text, XFont font, double x, double width, double top, out double widest)
        {
            var lines = Wrap(text, font, width);
            if (lines.Count > 1)
            {
                // The narrowest measure that still needs no more lines.
                var (low, high) = (width / lines.Count, width);
                while (high - low > 0.5)
                {
                    var middle = (low + high) / 2;
                    if (Wrap(text, font, middle).Count > lines.Count)
                        low = middle;
                    else
                        high = middle;
                }
                lines = Wrap(text, font, high);
            }
            widest = 0;
            foreach (var line in lines)
            {
                Draw(line.Text, font, x + ((width - line.Width) / 2), top);
                top += font.GetHeight();
                widest = Math.Max(widest, line.Width);
            }
            return top;
        }

        /// <summary>Greedy line breaking at spaces; a word longer than the line is cut where it overflows.</summary>
        private List<Line> Wrap(string text, XFont font, double width, double firstIndent = 0)
        {
            var space = Measure(" ", font);
            var lines = new List<Line>();
            var words = new List<(string Word, double Width)>();
            var used = 0.0;
            var available = width - firstIndent;
            foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var word in Pieces(token, font, width))
                {
                    var w = Measure(word, font);
                    if (words.Count > 0 && used + space + w > available)
                    {
                        lines.Add(new Line(words, used));
                        words = [];
                        used = 0;
                        available = width;
                    }
                    used += (words.Count > 0 ? space : 0) + w;
                    words.Add((word, w));
                }
            }
            if (words.Count > 0)
                lines.Add(new Line(words, used));
            return lines;
        }

        private IEnumerable<string> Pieces(string word, XFont font, double width) =>
            Common.TextFit.Pieces(word, width, piece => Measure(piece, font));
    }

    private sealed record Line(List<(string Word, double Width)> Words, double Width)
    {
        public string Text => string.Join(' ', Words.Select(w => w.Word));

        public double WordsWidth => Words.Sum(w => w.Width);
    }
}
