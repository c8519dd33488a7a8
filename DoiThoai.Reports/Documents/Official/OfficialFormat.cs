namespace DoiThoai.Reports.Documents.Official;

/// <summary>
/// The measures of Decree 30/2020/ND-CP, Appendix I, in Open XML units: twentieths of a point (dxa) for
/// lengths, half-points for font sizes. One place, so the layout and its tests agree.
/// </summary>
public static class OfficialFormat
{
    public const string Font = "Times New Roman";

    /// <summary>A4 portrait, 210 × 297 mm.</summary>
    public const int PageWidth = 11906;

    public const int PageHeight = 16838;

    /// <summary>Top margin 20 mm (decree: 20-25).</summary>
    public const int MarginTop = 1134;

    /// <summary>Bottom margin 20 mm (decree: 20-25).</summary>
    public const int MarginBottom = 1134;

    /// <summary>Left margin 30 mm (decree: 30-35).</summary>
    public const int MarginLeft = 1701;

    /// <summary>Right margin 15 mm (decree: 15-20).</summary>
    public const int MarginRight = 851;

    /// <summary>Where the page number sits in the top margin, 10 mm from the edge.</summary>
    public const int HeaderDistance = 567;

    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>First-line indent of body paragraphs, 1.27 cm.</summary>
    public const int FirstLineIndent = 720;

    /// <summary>Spacing before and after body paragraphs, 6 pt.</summary>
    public const int ParagraphSpacing = 120;

    /// <summary>Line spacing of the body, 1.15 lines (decree: single to 1.5).</summary>
    public const int BodyLineSpacing = 276;

    public const int SizeBody = 28;
    public const int SizeTitle = 28;
    public const int SizeNationalTitle = 24;
    public const int SizeMotto = 26;
    public const int SizeBodies = 24;
    public const int SizeNumber = 26;
    public const int SizePlaceDate = 26;
    public const int SizePageNumber = 26;
    public const int SizeRecipientsLabel = 24;
    public const int SizeRecipients = 22;
    public const int SizeCell = 24;

    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string RecipientsLabel = "Nơi nhận:";
    public const string AddresseeLabel = "Kính gửi: ";
}
