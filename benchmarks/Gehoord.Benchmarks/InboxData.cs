using System.Data.Common;
using System.Diagnostics;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gehoord.Benchmarks;

/// <summary>
/// Builds the benchmark database: 100,000 complaints in one organisation and 10,000 in another,
/// spread over statuses, units, handlers, channels and deadlines. Only the columns and tables
/// the inbox reads are filled (no timeline or deadline rows); rows go in with one prepared
/// statement inside one transaction, which takes seconds rather than minutes.
/// </summary>
public static class InboxData
{
    public const int Main = 100_000;
    public const int Other = 10_000;

    public static readonly Guid MainOrganisation = new("b0000000-0000-4000-8000-000000000001");
    public static readonly Guid OtherOrganisation = new("b0000000-0000-4000-8000-000000000002");

    /// <summary>A fixed "today", so that every run sees the same overdue and due-soon spread.</summary>
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static GehoordDbContext Open(string provider, string connectionString, Guid organisationId)
    {
        var scope = new FixedScope(organisationId);
        if (provider == PersistenceSetup.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresGehoordDbContext>().UseNpgsql(connectionString);
            Quiet(options);
            return new PostgresGehoordDbContext(options.Options, scope);
        }

        var sqlite = new DbContextOptionsBuilder<SqliteGehoordDbContext>().UseSqlite(connectionString);
        Quiet(sqlite);
        return new SqliteGehoordDbContext(sqlite.Options, scope);
    }

    /// <summary>Creates the database unless it already holds the data; returns the main organisation's unit ids.</summary>
    public static async Task EnsureAsync(string provider, string connectionString)
    {
        await using var db = Open(provider, connectionString, MainOrganisation);
        await db.Database.MigrateAsync();
        if (await db.Organisations.AnyAsync(o => o.Id == MainOrganisation))
        {
            Console.WriteLine($"{provider}: benchmark data already present.");

            // What every start of Gehoord does after migrating (statistics for SQLite's planner).
            await PersistenceSetup.OptimiseAsync(db);
            return;
        }

        var watch = Stopwatch.StartNew();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        var organisations = new[]
        {
            NewOrganisation(MainOrganisation, "Gemeente Groot", "bench-groot"),
            NewOrganisation(OtherOrganisation, "Gemeente Klein", "bench-klein"),
        };
        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var random = new Random(42);
            var isPostgres = provider == PersistenceSetup.Postgres;
            await using var complaint = Command(connection, transaction, """
                INSERT INTO "Complaints" ("Id", "OrganisationId", "ReferenceYear", "ReferenceSequence", "TrackingCode", "Channel", "Kind",
                    "ReceivedOn", "RegisteredAt", "ComplainantPreferredContact", "Description", "AdvisoryCommittee", "LadderStep", "Status",
                    "Outcome", "HandlerId", "HandlerName", "ClosedAt", "NextDueOn", "Wishes", "Language")
                VALUES (@id, @org, 2026, @seq, @code, @channel, @kind, @received, @registered, 'NoPreference', 'Benchmark', @committee,
                    @ladder, @status, @outcome, @handler, @handlerName, @closed, @due, 0, 'nl')
                """, "id", "org", "seq", "code", "channel", "kind", "received", "registered", "committee", "ladder", "status", "outcome", "handler", "handlerName", "closed", "due");
            await using var unit = Command(connection, transaction, """
                INSERT INTO "ComplaintUnits" ("ComplaintId", "UnitId", "ComplaintIsOpen", "ComplaintNextDueOn") VALUES (@complaint, @unit, @open, @due)
                """, "complaint", "unit", "open", "due");

            var sequence = 0;
            foreach (var (organisation, count) in new[] { (organisations[0], Main), (organisations[1], Other) })
            {
                for (var i = 0; i < count; i++)
                {
                    var row = Generate(random, organisation, ++sequence);
                    object G(Guid g) => isPostgres ? g : g.ToString("D").ToUpperInvariant();
                    object D(DateOnly? d) => d is null ? DBNull.Value : isPostgres ? d.Value : d.Value.ToString("yyyy-MM-dd");
                    object T(DateTimeOffset? t) => t is null ? DBNull.Value : isPostgres ? t.Value : t.Value.UtcTicks;
                    Set(complaint, G(row.Id), G(organisation.Id), sequence, $"B{sequence:D12}", row.Channel.ToString(), row.Kind.ToString(),
                        D(row.ReceivedOn), T(row.RegisteredAt), isPostgres ? row.Committee : (row.Committee ? 1 : 0), row.Ladder.ToString(),
                        row.Status.ToString(), row.Outcome.ToString(), (object?)row.HandlerId ?? DBNull.Value, (object?)row.HandlerName ?? DBNull.Value,
                        T(row.ClosedAt), D(row.NextDueOn));
                    await complaint.ExecuteNonQueryAsync();
                    foreach (var unitId in row.Units)
                    {
                        // The copies the DbContext keeps on every save (ADR 18).
                        var open = row.Status != ComplaintStatus.Closed;
                        Set(unit, G(row.Id), G(unitId), isPostgres ? open : (open ? 1 : 0), D(row.NextDueOn));
                        await unit.ExecuteNonQueryAsync();
                    }
                }
            }

            await transaction.CommitAsync();
        }

        // PostgreSQL's autovacuum would gather statistics soon after a bulk load; do it now.
        // SQLite gets what Gehoord does at every start (PRAGMA optimize).
        if (provider == PersistenceSetup.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
        else
        {
            await PersistenceSetup.OptimiseAsync(db);
        }

        await db.Database.CloseConnectionAsync();
        Console.WriteLine($"{provider}: {Main + Other:N0} complaints written in {watch.Elapsed.TotalSeconds:F1} s.");
    }

    private static Organisation NewOrganisation(Guid id, string name, string slug)
    {
        var organisation = new Organisation(id, name, slug, JurisdictionProfileCode.NlAwb);
        foreach (var unit in new[] { "Burgerzaken", "Klantcontactcentrum", "Wonen en Vergunningen", "Openbare Ruimte", "Sociaal Domein", "Belastingen" })
        {
            organisation.AddUnit(Guid.CreateVersion7(), unit);
        }

        return organisation;
    }

    private static Row Generate(Random random, Organisation organisation, int sequence)
    {
        var channels = Enum.GetValues<Channel>();
        var openStatuses = new[]
        {
            ComplaintStatus.Received, ComplaintStatus.Received, ComplaintStatus.Exploring, ComplaintStatus.Exploring,
            ComplaintStatus.Resolving, ComplaintStatus.Investigating, ComplaintStatus.Judged, ComplaintStatus.Closing, ComplaintStatus.Reopened,
        };
        var kind = random.Next(10) == 0 ? ComplaintKind.Signal : ComplaintKind.Complaint;
        var closed = random.Next(100) < 55;
        var status = closed ? ComplaintStatus.Closed : kind == ComplaintKind.Signal ? ComplaintStatus.Received : openStatuses[random.Next(openStatuses.Length)];

        // Open complaints: a deadline from 3 weeks ago to 6 weeks ahead, so many share a date.
        DateOnly? due = status == ComplaintStatus.Closed || kind == ComplaintKind.Signal ? null : Today.AddDays(random.Next(-21, 43));
        var received = due?.AddDays(-42) ?? Today.AddDays(-random.Next(1, 720));
        var registered = new DateTimeOffset(received.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(random.Next(600));
        var assigned = status != ComplaintStatus.Received || random.Next(100) < 40;
        var handler = kind == ComplaintKind.Complaint && assigned ? random.Next(20) : (int?)null;
        var units = new List<Guid> { organisation.Units[random.Next(organisation.Units.Count)].Id };
        if (random.Next(10) == 0)
        {
            var second = organisation.Units[random.Next(organisation.Units.Count)].Id;
            if (second != units[0])
            {
                units.Add(second);
            }
        }

        return new Row(
            Guid.CreateVersion7(registered),
            channels[random.Next(channels.Length)],
            kind,
            received,
            registered,
            random.Next(20) == 0,
            status is ComplaintStatus.Received or ComplaintStatus.Closed ? LadderStep.Frontline : LadderStep.Internal,
            status,
            closed ? ComplaintOutcome.Resolved : ComplaintOutcome.None,
            handler is { } h ? $"handler-{h:D2}" : null,
            handler is { } n ? $"Behandelaar {n}" : null,
            closed ? registered.AddDays(random.Next(1, 42)) : null,
            due,
            units);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    private static void Quiet(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w
            .Ignore(RelationalEventId.PendingModelChangesWarning)
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            .Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));

    private sealed record Row(
        Guid Id,
        Channel Channel,
        ComplaintKind Kind,
        DateOnly ReceivedOn,
        DateTimeOffset RegisteredAt,
        bool Committee,
        LadderStep Ladder,
        ComplaintStatus Status,
        ComplaintOutcome Outcome,
        string? HandlerId,
        string? HandlerName,
        DateTimeOffset? ClosedAt,
        DateOnly? NextDueOn,
        List<Guid> Units);

    private sealed class FixedScope(Guid organisationId) : IOrganisationScope
    {
        public Guid OrganisationId => organisationId;
    }
}
