namespace DoiThoai.Reports.Workbooks.Graph;

/// <summary>How DoiThoai signs in to Microsoft Graph.</summary>
public enum GraphAuthMode
{
    /// <summary>A person signs in on another device with a code (the command line).</summary>
    DeviceCode,

    /// <summary>The app itself, with a client secret read from an environment variable (automation).</summary>
    ClientSecret,

    /// <summary>The app itself, with a certificate (.pfx) (automation).</summary>
    Certificate,

    /// <summary>On behalf of the user signed in to the add-in: the host exchanges the user's token for a Graph token.</summary>
    OnBehalfOf,

    /// <summary>No credential: only for a loopback Graph (tests, a local fake).</summary>
    None,
}
