using System.Collections.Concurrent;
using DoiThoai.Reports.Microsoft365;
using DoiThoai.Reports.Schools;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using NodaTime;
using NodaTime.Text;

namespace DoiThoai.Reports.Scheduling.Graph;

/// <summary>
/// Puts the school year's sessions, deadlines and notices (<see cref="CalendarEntries"/>) into the signed-in person's
/// Outlook calendar (<c>/me/events</c>, delegated <c>Calendars.ReadWrite</c>), idempotently: the events DoiThoai wrote
/// for this school and year are listed once (found by an extended property, see <see cref="CalendarProperties"/>),
/// then only what differs is written: a new entry is created, a changed one patched, one no longer in the calendar
/// deleted, an unchanged one left alone. Creates carry a <c>transactionId</c>, so a create the SDK repeats after a
/// lost answer makes no second event. Writes go four at a time (Outlook's limit per mailbox). Thread-safe; one
/// instance per signed-in person.
/// </summary>
public sealed class OutlookCalendarSync(GraphServiceClient graph)
{
    // Outlook serves at most four requests at once per app and mailbox; more only earn 429s.
    private const int ParallelWrites = 4;

    private const int PageSize = 100;

    /// <summary>Writes <paramref name="calendar"/> into the calendar and says what changed.</summary>
    /// <exception cref="ConsentRequiredException">Microsoft 365 wants the person to sign in again or consent.</exception>
    /// <exception cref="DoiThoaiException">Microsoft 365 stayed busy or refused; the message says how far the sync got (running it again is safe).</exception>
    public async Task<CalendarSyncResult> SyncAsync(SchoolCalendar calendar, SchoolProfile profile, CancellationToken cancellationToken = default)
    {
        var key = CalendarKey(profile);
        var entries = CalendarEntries.For(calendar, profile);
        var existing = await ListAsync(key, cancellationToken);

        var work = new List<Func<CancellationToken, Task>>();
        var created = new ConcurrentQueue<string>();
        var updated = new ConcurrentQueue<string>();
        var removed = new ConcurrentQueue<string>();
        var unchanged = 0;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            wanted.Add(entry.Uid);
            var timeZone = GraphTimeZone.ForGraph(profile.TimeZone, entry.Start, entry.IsAllDay).TimeZone;
            var sync = $"{key} {CalendarFingerprint.Of(entry, timeZone)}";
            if (!existing.TryGetValue(entry.Uid, out var found))
            {
                work.Add(async ct =>
                {
                    await CreateAsync(entry, profile.TimeZone, sync, ct);
                    created.Enqueue(entry.Uid);
                });
            }
            else if (!string.Equals(found[0].Sync, sync, StringComparison.OrdinalIgnoreCase))
            {
                work.Add(async ct =>
                {
                    await UpdateAsync(found[0].Id, entry, profile.TimeZone, sync, ct);
                    updated.Enqueue(entry.Uid);
                });
            }
            else
            {
                unchanged++;
            }
        }

        // Events of this year no longer in the calendar, and second copies of one entry (an interrupted earlier sync).
        foreach (var (uid, events) in existing)
        {
            foreach (var stale in wanted.Contains(uid) ? events.Skip(1) : events)
            {
                work.Add(async ct =>
                {
                    await DeleteAsync(stale.Id, ct);
                    removed.Enqueue(uid);
                });
            }
        }

        try
        {
            // Writes get the caller's token, not the loop's: the loop cancels its token when one write fails, and a write
            // cancelled after Outlook applied it would go uncounted, so "written so far" would be short of the truth.
            await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites, CancellationToken = cancellationToken }, (write, _) => new ValueTask(write(cancellationToken)));
        }
        catch (DoiThoaiException ex) when (ex is not ConsentRequiredException)
        {
            var done = created.Count + updated.Count + removed.Count;
            throw new DoiThoaiException(ex.Code, CalendarSyncMessages.Partial(done, work.Count - done, ex.Message), ex);
        }

        return new CalendarSyncResult([.. created.Order(StringComparer.Ordinal)], [.. updated.Order(StringComparer.Ordinal)], unchanged, [.. removed.Order(StringComparer.Ordinal)]);
    }

    /// <summary>What one sync owns: <c>thpts2.bh 2022-2023</c>.</summary>
    public static string CalendarKey(SchoolProfile profile) => $"{profile.Abbreviation.ToLowerInvariant()} {profile.SchoolYear.Label}";

    /// <summary>
    /// This school year's DoiThoai events, by UID (one page of 100 after another): filtered on the sync property by
    /// prefix and expanded with both properties, the documented forms for string extended properties of events.
    /// </summary>
    private async Task<Dictionary<string, List<(string Id, string? Sync)>>> ListAsync(string key, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<(string Id, string? Sync)>>(StringComparer.Ordinal);
        var page = await CallAsync(() => graph.Me.Events.GetAsync(c =>
        {
            c.QueryParameters.Filter = $"singleValueExtendedProperties/Any(ep: ep/id eq '{CalendarProperties.Sync}' and startswith(ep/value, '{Quote(key)} '))";
            c.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{CalendarProperties.Uid}' or id eq '{CalendarProperties.Sync}')"];
            c.QueryParameters.Select = ["id"];
            c.QueryParameters.Top = PageSize;
        }, cancellationToken));
        while (page is not null)
        {
            foreach (var e in page.Value ?? [])
            {
                var properties = e.SingleValueExtendedProperties ?? [];
                string? Value(string id) => properties.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))?.Value;
                if (e.Id is { } id && Value(CalendarProperties.Uid) is { } uid)
                {
                    (found.TryGetValue(uid, out var list) ? list : found[uid] = []).Add((id, Value(CalendarProperties.Sync)));
                }
            }

            page = page.OdataNextLink is { } next
                ? await CallAsync(() => graph.Me.Events.WithUrl(next).GetAsync(cancellationToken: cancellationToken))
                : null;
        }

        return found;
    }

    private Task CreateAsync(CalendarEntry entry, DateTimeZone zone, string sync, CancellationToken cancellationToken)
    {
        // Repeating a create with the same transactionId is safe: Outlook answers with the event it already made.
        var transaction = Guid.NewGuid().ToString();
        return CallAsync(() =>
        {
            var written = Written(entry, zone);
            written.TransactionId = transaction;
            written.SingleValueExtendedProperties =
            [
                new SingleValueLegacyExtendedProperty { Id = CalendarProperties.Uid, Value = entry.Uid },
                new SingleValueLegacyExtendedProperty { Id = CalendarProperties.Sync, Value = sync },
            ];
            return graph.Me.Events.PostAsync(written, cancellationToken: cancellationToken);
        });
    }

    private Task UpdateAsync(string id, CalendarEntry entry, DateTimeZone zone, string sync, CancellationToken cancellationToken) =>
        CallAsync(() =>
        {
            var written = Written(entry, zone);
            written.SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = CalendarProperties.Sync, Value = sync }];
            return graph.Me.Events[id].PatchAsync(written, cancellationToken: cancellationToken);
        });

    private Task DeleteAsync(string id, CancellationToken cancellationToken) =>
        CallAsync<object?>(async () =>
        {
            try
            {
                await graph.Me.Events[id].DeleteAsync(cancellationToken: cancellationToken);
            }
            catch (ODataError error) when (error.ResponseStatusCode == 404)
            {
                // Someone deleted it already: what was wanted.
            }

            return null;
        });

    /// <summary>
    /// The event as DoiThoai writes it; the same for a create and a patch (a patch overwrites every field we own).
    /// A new object for every request: the SDK's models remember what they sent and send only changes the next time.
    /// </summary>
    private static Event Written(CalendarEntry entry, DateTimeZone zone)
    {
        var (timeZone, start) = GraphTimeZone.ForGraph(zone, entry.Start, entry.IsAllDay);
        var end = GraphTimeZone.ForGraph(zone, entry.End, entry.IsAllDay).Local;
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");
        return new Event
        {
            Subject = entry.Summary,
            Body = new ItemBody { ContentType = BodyType.Text, Content = entry.Description ?? "" },
            Location = new Location { DisplayName = entry.Location ?? "" },
            Start = new DateTimeTimeZone { DateTime = pattern.Format(start), TimeZone = timeZone },
            End = new DateTimeTimeZone { DateTime = pattern.Format(end), TimeZone = timeZone },
            IsAllDay = entry.IsAllDay,

            // Deadlines and notices are reminders, not time the person is away.
            ShowAs = entry.Kind == CalendarEntryKind.Session ? FreeBusyStatus.Busy : FreeBusyStatus.Free,
        };
    }

    /// <summary>
    /// One Graph call (built afresh each time), translated; sent once more if the connection broke (the SDK retries answers, not broken
    /// connections), which every call here allows: reads, patches and deletes are idempotent, creates carry a transactionId.
    /// </summary>
    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await GraphFailures.GuardAsync(call, CalendarSyncMessages.Task, CalendarSyncMessages.Permission);
        }
        catch (DoiThoaiException ex) when (ex.InnerException is HttpRequestException)
        {
            return await GraphFailures.GuardAsync(call, CalendarSyncMessages.Task, CalendarSyncMessages.Permission);
        }
    }

    private static string Quote(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
