namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>How the Office fake's <c>Office.context.document.getFileAsync</c> behaves.</summary>
internal enum FakeFileApi
{
    /// <summary>Gives the held document re-zipped, in slices.</summary>
    Works,

    /// <summary>The method is missing (as Word on the web may have it).</summary>
    Missing,

    /// <summary>The method answers with an error.</summary>
    Fails,
}
