namespace PhoiHop.Features.Documents;

/// <summary>
/// Sizes shared by the DOCX and the PDF, each inside the range Nghị định 30/2020/NĐ-CP, Phụ lục I allows: A4 portrait;
/// margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; text 13–14 pt; paragraphs at least 6 pt apart with a
/// first-line indent of 1 or 1.27 cm; line spacing from single to 1.5 lines.
/// </summary>
internal static class DocumentLayout
{
    public const double PageWidthMm = 210;
    public const double PageHeightMm = 297;
    public const double TopMm = 20;
    public const double BottomMm = 20;
    public const double LeftMm = 30;
    public const double RightMm = 15;

    public const double ParentAuthoritySize = 12;   // in capitals, upright (12–13)
    public const double IssuerSize = 12;            // in capitals, upright, bold (12–13)
    public const double NationalTitleSize = 12;     // in capitals, upright, bold (12–13)
    public const double MottoSize = 13;             // upright, bold (13–14)
    public const double NumberSize = 13;            // "Số:" (13)
    public const double LetterSubjectSize = 12;     // a công văn's "V/v …" (12–13)
    public const double PlaceAndDateSize = 14;      // italic (13–14)
    public const double TypeTitleSize = 14;         // in capitals, bold (13–14)
    public const double SummarySize = 14;           // bold (13–14)
    public const double RecipientsSize = 14;        // "Kính gửi" (14)
    public const double BodySize = 14;              // (13–14)
    public const double SignerSize = 14;            // capacity and position in capitals, name, all bold (13–14)
    public const double CopiesLabelSize = 12;       // "Nơi nhận:" italic, bold (12)
    public const double CopiesSize = 11;            // the list, upright (11)
    public const double PageNumberSize = 13;        // centred in the top margin, not on the first page (13–14)

    public const double FirstLineIndentMm = 12.7;
    public const double ParagraphSpacingPt = 6;

    /// <summary>The header's left column (issuer) as a share of the text width; the national title takes the rest.</summary>
    public const double HeaderLeftShare = 0.43;

    /// <summary>The signature area's left column ("Nơi nhận") as a share of the text width.</summary>
    public const double SignatureLeftShare = 0.45;

    /// <summary>Room left between the signer's position and name for the signature and the seal.</summary>
    public const double SignatureSpaceMm = 25;

    public const double PointsPerMm = 72 / 25.4;
}
