namespace DoiThoai.Reports.Schools;

/// <summary>
/// What the school chose to do when the plan's rule collides with the calendar. Whatever the choice,
/// the calendar reports the collision: nothing is moved silently.
/// </summary>
public enum CollisionPolicy
{
    /// <summary>Keep the date the rule gives and warn (the default: the plan as written).</summary>
    Warn,

    /// <summary>Move to the previous working day.</summary>
    PreviousWorkingDay,

    /// <summary>Move to the next working day.</summary>
    NextWorkingDay,

    /// <summary>Leave the session out of the calendar.</summary>
    Skip,
}
