using System.Text.Json;
using DoiThoai.Addin.Contracts;
using DoiThoai.Addin.Hosting;
using DoiThoai.Addin.Problems;
using DoiThoai.Reports;
using Microsoft.Net.Http.Headers;

namespace DoiThoai.Addin.Apis;

/// <summary>
/// The body of a minutes upload, treated as hostile: its kind from <c>Content-Type</c> only, its size bounded before
/// and while it is read (a declared length over the limit is refused unread; a chunked body is refused at the limit;
/// Kestrel's per-endpoint limit, <see cref="UploadLimits.MinutesDrainBytes"/>, bounds what is received at all), its
/// JSON parsed with a depth limit. The .docx itself goes to
/// <see cref="Reports.Workspace.SchoolWorkspace.ReadMinutes(Stream, string)"/>, whose guards (package size and part
/// limits) are the library's.
/// </summary>
public static class MinutesUpload
{
    public static MinutesUploadKind KindOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return MinutesUploadKind.Unsupported;
        }

        return media.MediaType.Value?.ToLowerInvariant() switch
        {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" or "application/octet-stream" => MinutesUploadKind.Docx,
            "application/json" => MinutesUploadKind.Json,
            _ => MinutesUploadKind.Unsupported,
        };
    }

    /// <summary>The whole body, at most <paramref name="limit"/> bytes.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.TooLarge"/> beyond the limit.</exception>
    public static async Task<MemoryStream> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            if (request.ContentLength > UploadLimits.MinutesDrainBytes)
            {
                // Not worth receiving: answer and close.
                request.HttpContext.Response.Headers.Connection = "close";
            }

            throw new DoiThoaiException(ErrorCodes.TooLarge, HostTexts.TooLarge(limit));
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new DoiThoaiException(ErrorCodes.TooLarge, HostTexts.TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>The pane's JSON form.</summary>
    /// <exception cref="DoiThoaiException"><see cref="ErrorCodes.BadInput"/> when it is not the form of docs/api.md.</exception>
    public static MinutesFormRequest Form(Stream json)
    {
        try
        {
            return JsonSerializer.Deserialize<MinutesFormRequest>(json, Options)
                ?? throw new DoiThoaiException(ErrorCodes.BadInput, HostTexts.JsonUnreadable(null));
        }
        catch (JsonException ex)
        {
            throw new DoiThoaiException(ErrorCodes.BadInput, HostTexts.JsonUnreadable(ex.Path), ex);
        }
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };
}
