namespace DoiThoai.Reports.Tests.Workbooks.Graph.FakeGraph;

/// <summary>What the fake does instead of (or after) answering a matching request.</summary>
public enum FakeFaultKind
{
    /// <summary>Answer with <see cref="FakeFault.Status"/> and a Graph error body, without doing the work.</summary>
    Status,

    /// <summary>Do the work, then answer with <see cref="FakeFault.Status"/> (a gateway timeout after the row was added).</summary>
    StatusAfterApplying,

    /// <summary>Drop the connection without an answer.</summary>
    Abort,

    /// <summary>End every session, then answer 404 <c>invalidSessionReCreatable</c>.</summary>
    ExpireSession,

    /// <summary>Answer 401 with a claims challenge (<see cref="FakeFault.Claims"/>).</summary>
    Challenge,

    /// <summary>Do the work, then drop the connection: the client never hears that it succeeded.</summary>
    AbortAfterApplying,

    /// <summary>Expire the upload session the request's URL points to, then answer (404).</summary>
    ExpireUpload,

    /// <summary>Do the work, then wait <see cref="FakeFault.DelaySeconds"/> before answering: a slow answer still in flight when something else fails.</summary>
    SlowAfterApplying,
}
