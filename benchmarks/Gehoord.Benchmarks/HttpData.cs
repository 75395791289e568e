using System.Data.Common;
using System.Diagnostics;
using Gehoord.Domain.Complaints;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Gehoord.Benchmarks;

/// <summary>What the HTTP benchmark needs to know of the generated data.</summary>
public sealed record HttpFacts(int Total, Guid UnitId, string Reference);

/// <summary>
/// A million complaints in the demo organisation, so the demo accounts see them through their
/// own access scope: 55 % closed, 10 % signals; of the rest, 1 in 20 handled by the demo handler
/// and 1 in 50 registered by the demo employee, 1 in 1,000 open ones urgent; open deadlines from 3 weeks ago to 6 weeks
/// ahead of today. Stories are twelve words from a small Dutch vocabulary, plus one rare word in
/// 1 of 200, for the search. SQLite: one prepared statement in one transaction; PostgreSQL:
/// binary COPY. Generated once; a later run finds the rows and reuses them.
/// </summary>
public static partial class HttpData
{
    public const int Year = 2019;

    public const string RareWord = "lantaarnpaal";

    private static readonly string[] Vocabulary =
    [
        "balie", "wachttijd", "brief", "telefoon", "afspraak", "paspoort", "rijbewijs", "parkeren", "vergunning", "afval",
        "container", "straat", "stoep", "boom", "geluid", "buren", "uitkering", "belasting", "aanslag", "bezwaar",
        "medewerker", "onbeleefd", "niet", "teruggebeld", "beloofd", "weken", "maanden", "gewacht", "antwoord", "website",
        "formulier", "betaling", "boete", "subsidie", "zorg", "jeugd", "school", "bus", "fiets", "park",
    ];

    public static async Task<HttpFacts> EnsureAsync(IServiceProvider services, string provider, int count)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<HttpOrganisationScope>().Use(DemoSeeder.OrganisationId);
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => u.Id).ToListAsync();
        var present = await db.Complaints.CountAsync(c => c.ReferenceYear == Year);
        if (present < count)
        {
            if (present > 0)
            {
                await db.Complaints.Where(c => c.ReferenceYear == Year).ExecuteDeleteAsync();
            }

            var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Email!, u => u.Id);
            string Id(string role) => users[DemoSeeder.Accounts.First(a => a.Role == role).Email];
            var people = new People(Id(StaffRoles.Handler), Id(StaffRoles.Employee), Id(StaffRoles.Manager));
            var today = scope.ServiceProvider.GetRequiredService<Clock>().Today;
            var watch = Stopwatch.StartNew();
            if (provider == PersistenceSetup.Postgres)
            {
                await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), count, units, people, today);
                // VACUUM as autovacuum would have done on a live database: it sets the visibility
                // map, without which no index-only scan is index-only.
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE;");
            }
            else
            {
                await InsertAsync(db, count, units, people, today);
            }

            Console.WriteLine($"{provider}: {count:N0} complaints written in {watch.Elapsed.TotalSeconds:F0} s.");
        }

        await PersistenceSetup.OptimiseAsync(db);
        var total = await db.Complaints.CountAsync();
        return new HttpFacts(total, units[0], $"{Year}-{count / 2:D6}");
    }

    private sealed record People(string Handler, string Employee, string Manager);

    private sealed record Row(
        Guid Id, int Sequence, Channel Channel, ComplaintKind Kind, DateOnly ReceivedOn, DateTimeOffset RegisteredAt, string? RegisteredById,
        string Story, bool Committee, LadderStep Ladder, ComplaintStatus Status, ComplaintOutcome Outcome, string? HandlerId, string? HandlerName,
        DateTimeOffset? ClosedAt, DateOnly? NextDueOn, DateOnly? HandlingDueOn, string? EscalatedToId, Guid UnitId, Guid? SecondUnitId, bool Urgent);

    private static IEnumerable<Row> Rows(int count, IReadOnlyList<Guid> units, People people, DateOnly today)
    {
        var random = new Random(42);
        var channels = Enum.GetValues<Channel>();
        var openStatuses = new[]
        {
            ComplaintStatus.Received, ComplaintStatus.Received, ComplaintStatus.Exploring, ComplaintStatus.Exploring,
            ComplaintStatus.Resolving, ComplaintStatus.Investigating, ComplaintStatus.Judged, ComplaintStatus.Closing, ComplaintStatus.Reopened,
        };
        for (var sequence = 1; sequence <= count; sequence++)
        {
            var kind = random.Next(10) == 0 ? ComplaintKind.Signal : ComplaintKind.Complaint;
            var closed = random.Next(100) < 55;
            var status = closed ? ComplaintStatus.Closed : kind == ComplaintKind.Signal ? ComplaintStatus.Received : openStatuses[random.Next(openStatuses.Length)];
            var open = status != ComplaintStatus.Closed && kind == ComplaintKind.Complaint;
            DateOnly? due = open ? today.AddDays(random.Next(-21, 43)) : null;
            var received = due?.AddDays(-random.Next(3, 42)) ?? today.AddDays(-random.Next(1, 2000));
            var registered = new DateTimeOffset(received.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddMinutes(random.Next(600));
            var assigned = kind == ComplaintKind.Complaint && (status != ComplaintStatus.Received || random.Next(100) < 40);
            var handler = !assigned ? null : random.Next(20) == 0 ? people.Handler : $"bench-handler-{random.Next(40)}";
            var words = Enumerable.Range(0, 12).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToList();
            if (random.Next(200) == 0)
            {
                words[random.Next(words.Count)] = RareWord;
            }

            var story = char.ToUpperInvariant(words[0][0]) + string.Join(' ', words)[1..] + ".";
            var unit = units[random.Next(units.Count)];
            Guid? second = random.Next(10) == 0 ? units[random.Next(units.Count)] : null;
            yield return new Row(
                Guid.CreateVersion7(registered), sequence, channels[random.Next(channels.Length)], kind, received, registered,
                random.Next(50) == 0 ? people.Employee : null, story, random.Next(20) == 0,
                status == ComplaintStatus.Investigating ? LadderStep.Internal : LadderStep.Frontline, status,
                closed ? ComplaintOutcome.Resolved : ComplaintOutcome.None, handler, handler is null ? null : "Bench Behandelaar",
                closed ? registered.AddDays(30) : null, due, open ? due!.Value.AddDays(random.Next(0, 30)) : null,
                open && random.Next(500) == 0 ? people.Manager : null, unit, second == unit ? null : second, open && random.Next(1000) == 0);
        }
    }

    private static readonly string[] Columns =
    [
        "Id", "OrganisationId", "ReferenceYear", "ReferenceSequence", "TrackingCode", "Channel", "Kind", "ReceivedOn", "RegisteredAt",
        "RegisteredById", "ComplainantPreferredContact", "Description", "Subject", "AdvisoryCommittee", "LadderStep", "Status", "Outcome",
        "HandlerId", "HandlerName", "ClosedAt", "NextDueOn", "HandlingDueOn", "EscalatedToId", "EscalatedToName", "Wishes", "Language",
        "PrefersWrittenContact", "SolutionMeasures", "ExtensionDays", "IsUrgent",
    ];

    private static object?[] Values(Row r) =>
    [
        r.Id, DemoSeeder.OrganisationId, Year, r.Sequence, $"H{r.Sequence:D12}", r.Channel.ToString(), r.Kind.ToString(), r.ReceivedOn, r.RegisteredAt,
        r.RegisteredById, "NoPreference", r.Story, ComplaintSubject.From(null, r.Story), r.Committee, r.Ladder.ToString(), r.Status.ToString(), r.Outcome.ToString(),
        r.HandlerId, r.HandlerName, r.ClosedAt, r.NextDueOn, r.HandlingDueOn, r.EscalatedToId, r.EscalatedToId is null ? null : "Bench Manager", 0, "nl",
        false, 0, 0, r.Urgent,
    ];

    /// <summary>
    /// SQLite at its fastest for a one-off load: no journal and no syncs (a crash means
    /// generating again), the Complaints and ComplaintUnits indexes and the search triggers
    /// dropped during the insert and made again afterwards, each in one sorted pass, and the
    /// search index rebuilt once (<see cref="SqliteSearchIndex.EnsureAsync"/> sees the triggers
    /// missing). Inserting into nine indexes and an FTS table row by row took about 45 minutes.
    /// </summary>
    private static async Task InsertAsync(GehoordDbContext db, int count, IReadOnlyList<Guid> units, People people, DateOnly today)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        var indexes = new List<string>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('Complaints', 'ComplaintUnits')";
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        await Execute(connection, """
            DROP TRIGGER IF EXISTS "ComplaintSearch_Insert";
            DROP TRIGGER IF EXISTS "ComplaintSearch_Delete";
            DROP TRIGGER IF EXISTS "ComplaintSearch_Update";
            """);
        foreach (var sql in indexes)
        {
            await Execute(connection, $"DROP INDEX {IndexName().Match(sql).Groups[1].Value};");
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await using var complaint = Command(connection, transaction,
                $"INSERT INTO \"Complaints\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})",
                Columns.Length);
            await using var unit = Command(connection, transaction, "INSERT INTO \"ComplaintUnits\" (\"ComplaintId\", \"UnitId\", \"ComplaintIsOpen\", \"ComplaintNextDueOn\") VALUES (@p0, @p1, @p2, @p3)", 4);
            foreach (var row in Rows(count, units, people, today))
            {
                var values = Values(row);
                for (var i = 0; i < values.Length; i++)
                {
                    complaint.Parameters[i].Value = Sqlite(values[i]);
                }

                await complaint.ExecuteNonQueryAsync();
                foreach (var unitId in row.SecondUnitId is { } s ? new[] { row.UnitId, s } : [row.UnitId])
                {
                    unit.Parameters[0].Value = Sqlite(row.Id);
                    unit.Parameters[1].Value = Sqlite(unitId);
                    unit.Parameters[2].Value = Sqlite(row.Status != ComplaintStatus.Closed);
                    unit.Parameters[3].Value = Sqlite(row.NextDueOn);
                    await unit.ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
        }

        foreach (var sql in indexes)
        {
            await Execute(connection, sql);
        }

        await SqliteSearchIndex.EnsureAsync(db);
        await Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; ANALYZE;");
        await db.Database.CloseConnectionAsync();
    }

    private static async Task Execute(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^CREATE (?:UNIQUE )?INDEX (\"[^\"]+\")")]
    private static partial System.Text.RegularExpressions.Regex IndexName();

    /// <summary>The stored form of each value in SQLite, as the app's converters write it.</summary>
    private static object Sqlite(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString("D").ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcTicks,
        bool b => b ? 1 : 0,
        _ => value,
    };

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, int count, IReadOnlyList<Guid> units, People people, DateOnly today)
    {
        await connection.OpenAsync();
        var unitRows = new List<(Guid Complaint, Guid Unit, bool IsOpen, DateOnly? NextDueOn)>();
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"COPY \"Complaints\" ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)"))
        {
            // The server finishes the indexes when the copy completes: more than the 30 s default
            // at a million rows on two busy cores.
            importer.Timeout = TimeSpan.FromMinutes(15);
            foreach (var row in Rows(count, units, people, today))
            {
                await importer.StartRowAsync();
                foreach (var value in Values(row))
                {
                    switch (value)
                    {
                        case null: await importer.WriteNullAsync(); break;
                        case Guid g: await importer.WriteAsync(g, NpgsqlDbType.Uuid); break;
                        case int i: await importer.WriteAsync(i, NpgsqlDbType.Integer); break;
                        case bool b: await importer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                        case DateOnly d: await importer.WriteAsync(d, NpgsqlDbType.Date); break;
                        case DateTimeOffset t: await importer.WriteAsync(t.UtcDateTime, NpgsqlDbType.TimestampTz); break;
                        case string s: await importer.WriteAsync(s, NpgsqlDbType.Varchar); break;
                        default: throw new InvalidOperationException($"No COPY type for {value.GetType()}.");
                    }
                }

                unitRows.Add((row.Id, row.UnitId, row.Status != ComplaintStatus.Closed, row.NextDueOn));
                if (row.SecondUnitId is { } second)
                {
                    unitRows.Add((row.Id, second, row.Status != ComplaintStatus.Closed, row.NextDueOn));
                }
            }

            await importer.CompleteAsync();
        }

        // Statistics before the units: their foreign-key checks are planned on them, and with the
        // million new rows unseen the check planned a scan of the table per row (the copy then
        // ran for over ten minutes instead of seconds).
        await using (var analyze = new NpgsqlCommand("ANALYZE \"Complaints\"", connection) { CommandTimeout = 600 })
        {
            await analyze.ExecuteNonQueryAsync();
        }

        await using (var importer = await connection.BeginBinaryImportAsync("COPY \"ComplaintUnits\" (\"ComplaintId\", \"UnitId\", \"ComplaintIsOpen\", \"ComplaintNextDueOn\") FROM STDIN (FORMAT BINARY)"))
        {
            importer.Timeout = TimeSpan.FromMinutes(15);
            foreach (var (complaint, unit, isOpen, nextDueOn) in unitRows)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(complaint, NpgsqlDbType.Uuid);
                await importer.WriteAsync(unit, NpgsqlDbType.Uuid);
                await importer.WriteAsync(isOpen, NpgsqlDbType.Boolean);
                if (nextDueOn is { } due)
                {
                    await importer.WriteAsync(due, NpgsqlDbType.Date);
                }
                else
                {
                    await importer.WriteNullAsync();
                }
            }

            await importer.CompleteAsync();
        }

        await connection.CloseAsync();
    }
}
