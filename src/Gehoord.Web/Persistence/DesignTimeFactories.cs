using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gehoord.Web.Persistence;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build each provider's context without starting the app
/// (which would migrate and seed). No database is opened to add a migration; the connection
/// strings only pick the provider's SQL dialect (ADR 9).
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGehoordDbContext>
{
    public SqliteGehoordDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteGehoordDbContext>();
        PersistenceSetup.Configure(builder).UseSqlite("Data Source=design-time.db");
        return new SqliteGehoordDbContext(builder.Options);
    }
}

/// <inheritdoc cref="SqliteDesignTimeFactory"/>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGehoordDbContext>
{
    public PostgresGehoordDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresGehoordDbContext>();
        PersistenceSetup.Configure(builder).UseNpgsql("Host=design-time");
        return new PostgresGehoordDbContext(builder.Options);
    }
}
