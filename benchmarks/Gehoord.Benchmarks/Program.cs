using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Gehoord.Web.Persistence;
using Npgsql;

namespace Gehoord.Benchmarks;

/// <summary>
/// The inbox at 100,000 complaints. Run:
/// <c>dotnet run -c Release --project benchmarks/Gehoord.Benchmarks -- --filter '*'</c>.
/// The SQLite file is built once (under the system temp directory) and reused. With
/// GEHOORD_TEST_POSTGRES set, the same runs against a database "gehoord_bench" on that server.
/// </summary>
public static class BenchmarkProgram
{
    /// <summary>Connection strings per provider, filled before the benchmarks start.</summary>
    public static Dictionary<string, string> Databases { get; } = [];

    public static async Task Main(string[] args)
    {
        // "http [complaints] [requests]": the app over HTTP at a million complaints (docs/benchmarks/inbox-http.md).
        if (args is ["http", ..])
        {
            await HttpMainAsync(args);
            return;
        }

        var sqlitePath = Path.Combine(Path.GetTempPath(), "gehoord-bench", "inbox-100k.db");
        Directory.CreateDirectory(Path.GetDirectoryName(sqlitePath)!);
        Databases[PersistenceSetup.Sqlite] = $"Data Source={sqlitePath}";

        if (Environment.GetEnvironmentVariable("GEHOORD_TEST_POSTGRES") is { Length: > 0 } server)
        {
            await EnsureDatabaseAsync(server, "gehoord_bench");

            Databases[PersistenceSetup.Postgres] = new NpgsqlConnectionStringBuilder(server) { Database = "gehoord_bench" }.ConnectionString;
        }
        else
        {
            Console.WriteLine("GEHOORD_TEST_POSTGRES is not set: benchmarking SQLite only.");
        }

        foreach (var (provider, connectionString) in Databases)
        {
            await InboxData.EnsureAsync(provider, connectionString);
        }

        // In process: the benchmarks share the database set-up above, and no generated project
        // has to build under this repository's warnings-as-errors rules.
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(InboxBenchmarks).Assembly).Run(args, config);
    }

    private static async Task HttpMainAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var repeats = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40;
        var only = Environment.GetEnvironmentVariable("GEHOORD_BENCH_PROVIDER");
        var sqlitePath = Path.Combine(Path.GetTempPath(), "gehoord-bench", $"http-{count}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(sqlitePath)!);
        if (only is null || only == PersistenceSetup.Sqlite)
        {
            await HttpBenchmark.RunAsync(PersistenceSetup.Sqlite, $"Data Source={sqlitePath}", count, repeats);
        }

        if ((only is null || only == PersistenceSetup.Postgres) && Environment.GetEnvironmentVariable("GEHOORD_TEST_POSTGRES") is { Length: > 0 } server)
        {
            var name = $"gehoord_http_{count}";
            await EnsureDatabaseAsync(server, name);
            await HttpBenchmark.RunAsync(PersistenceSetup.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, count, repeats);
        }
    }

    /// <summary>Creates the benchmark database on the server unless it is there (its data is reused).</summary>
    private static async Task EnsureDatabaseAsync(string server, string name)
    {
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
    }
}
