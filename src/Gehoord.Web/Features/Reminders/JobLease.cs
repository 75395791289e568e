namespace Gehoord.Web.Features.Reminders;

/// <summary>
/// A named right to run a background job, held by one app instance until <see cref="ExpiresAt"/>.
/// With several instances on one PostgreSQL, the row in the database decides who runs the job,
/// so a reminder is sent once and not once per instance (ADR 6).
/// </summary>
public sealed class JobLease
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The instance that holds the lease (<see cref="LeaseHolder.Id"/>).</summary>
    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// Who this app instance is when it takes a lease. One per host (a singleton), so two hosts in
/// one process, as in the tests, are two holders just like two servers are.
/// </summary>
public sealed class LeaseHolder(string id)
{
    public const int MaxLength = 200;

    public string Id { get; } = id.Length <= MaxLength ? id : id[..MaxLength];

    /// <summary>Machine and process help an operator see who holds a lease; the Guid makes it unique.</summary>
    public static LeaseHolder ForThisInstance() =>
        new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}
