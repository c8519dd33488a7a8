using System.Text.Json.Nodes;

namespace DoiThoai.Reports.Tests.TestTools;

/// <summary>
/// What the Office fake pretends to be: <c>window.__fakeOfficeConfig</c>, whose fields are described in
/// <c>addin/client/test/fake-office/config.ts</c>. The defaults are Word with WordApi 1.3 and the File API.
/// </summary>
internal sealed record FakeOfficeConfig
{
    /// <summary>The host Office.onReady answers; null pretends a plain browser that loaded office.js.</summary>
    public string? Host { get; init; } = "Word";

    /// <summary>The highest WordApi requirement set supported ("1.1", "1.3"); null for none.</summary>
    public string? WordApi { get; init; } = "1.3";

    public FakeFileApi FileApi { get; init; } = FakeFileApi.Works;

    /// <summary>A slice size smaller than the page asks for, to make Word hand the file over in several slices.</summary>
    public int? SliceSize { get; init; }

    /// <summary>Tags whose controls lose tag and title when the page inserts a file (Word's quirk, exaggerated).</summary>
    public IReadOnlyList<string> InsertDropsTags { get; init; } = [];

    /// <summary>How long Office.onReady takes to answer, in milliseconds.</summary>
    public int ReadyDelayMs { get; init; }

    /// <summary>The .docx open when the page starts; null for a blank document.</summary>
    public byte[]? Document { get; init; }

    /// <summary>Other requirement sets: name → highest version, null for unsupported (e.g. NestedAppAuth 1.1, OpenBrowserWindowApi).</summary>
    public IReadOnlyDictionary<string, string?> Sets { get; init; } = new Dictionary<string, string?>();

    /// <summary>Outlook: the highest Mailbox requirement set ("1.1" … "1.8", the default), null for none.</summary>
    public string? MailboxApi { get; init; } = "1.8";

    /// <summary>Outlook: the item the page sees.</summary>
    public FakeMailbox Mailbox { get; init; } = new();

    /// <summary>What the sign-in dialog does (Office.context.ui.displayDialogAsync).</summary>
    public FakeDialog Dialog { get; init; } = new();

    /// <summary>How window.nestedAppAuthBridge answers (installed where Sets has NestedAppAuth 1.1).</summary>
    public FakeBridge Bridge { get; init; } = new();

    /// <summary>Outlook reading a message, Mailbox 1.8, no Word.</summary>
    public static FakeOfficeConfig OutlookRead() => new() { Host = "Outlook", WordApi = null, FileApi = FakeFileApi.Missing };

    /// <summary>Outlook writing a message with these recipients and subject already typed.</summary>
    public static FakeOfficeConfig OutlookCompose(IReadOnlyList<string>? to = null, string? subject = null) =>
        OutlookRead() with { Mailbox = new FakeMailbox { Item = "compose", To = to ?? [], Subject = subject ?? "" } };

    /// <summary>The configuration as the script that sets it before the page's own scripts.</summary>
    public string ToInitScript()
    {
        var json = new JsonObject
        {
            ["host"] = Host,
            ["wordApi"] = WordApi,
            ["fileApi"] = FileApi switch
            {
                FakeFileApi.Works => JsonValue.Create(true),
                FakeFileApi.Missing => JsonValue.Create(false),
                _ => JsonValue.Create("fails"),
            },
            ["insertDropsTags"] = new JsonArray([.. InsertDropsTags.Select(t => JsonValue.Create(t))]),
            ["readyDelayMs"] = ReadyDelayMs,
        };
        if (SliceSize is { } size)
        {
            json["sliceSize"] = size;
        }

        if (Document is { } document)
        {
            json["document"] = Convert.ToBase64String(document);
        }

        if (Host == "Outlook")
        {
            json["mailboxApi"] = MailboxApi;
        }

        var sets = new JsonObject();
        foreach (var (name, version) in Sets)
        {
            sets[name] = version;
        }

        json["sets"] = sets;
        json["mailbox"] = new JsonObject
        {
            ["item"] = Mailbox.Item,
            ["to"] = new JsonArray([.. Mailbox.To.Select(t => JsonValue.Create(t))]),
            ["subject"] = Mailbox.Subject,
            ["throwOn"] = new JsonArray([.. Mailbox.ThrowOn.Select(t => JsonValue.Create(t))]),
            ["failOn"] = new JsonArray([.. Mailbox.FailOn.Select(t => JsonValue.Create(t))]),
        };
        var dialog = new JsonObject { ["closed"] = Dialog.Closed };
        if (Dialog.Message is { } message)
        {
            dialog["message"] = message;
        }

        if (Dialog.FailCode is { } code)
        {
            dialog["failCode"] = code;
        }

        json["dialog"] = dialog;
        json["bridge"] = new JsonObject { ["silent"] = Bridge.Silent, ["popup"] = Bridge.Popup };

        return "window.__fakeOfficeConfig = " + json.ToJsonString() + ";";
    }
}

/// <summary>The Outlook item the fake offers (<c>addin/client/test/fake-office/config.ts</c>, FakeMailboxConfig).</summary>
internal sealed record FakeMailbox
{
    /// <summary>"read", "compose", or null for no item.</summary>
    public string? Item { get; init; } = "read";

    /// <summary>Compose: recipients already typed.</summary>
    public IReadOnlyList<string> To { get; init; } = [];

    /// <summary>Compose: subject already typed.</summary>
    public string Subject { get; init; } = "";

    /// <summary>Methods that throw (convertToEwsId, displayMessageForm, displayNewMessageForm, addFileAttachmentFromBase64Async, …).</summary>
    public IReadOnlyList<string> ThrowOn { get; init; } = [];

    /// <summary>Asynchronous methods that answer with an error.</summary>
    public IReadOnlyList<string> FailOn { get; init; } = [];
}

/// <summary>What the fake's sign-in dialog does.</summary>
internal sealed record FakeDialog
{
    /// <summary>What the dialog page sends back; null for an answer with the token dialog-token-N.</summary>
    public string? Message { get; init; }

    /// <summary>The user closes the dialog.</summary>
    public bool Closed { get; init; }

    /// <summary>displayDialogAsync fails with this code.</summary>
    public int? FailCode { get; init; }
}

/// <summary>How the fake's nested app authentication bridge answers: "ok", "interaction", "fails", "cancel".</summary>
internal sealed record FakeBridge
{
    public string Silent { get; init; } = "ok";

    public string Popup { get; init; } = "ok";
}
