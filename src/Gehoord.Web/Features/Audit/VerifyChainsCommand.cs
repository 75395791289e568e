using Gehoord.Web.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Audit;

/// <summary>
/// <c>dotnet run --project src/Gehoord.Web -- verify-chains</c>: checks every chain of the
/// installation (each organisation's configuration history, each complaint's timeline; ADR 20)
/// and names the first broken link of each broken chain. Exits 0 when all are whole, 3 when one
/// is broken. It prints numbers and references only, never what an entry says. The last lines
/// give each organisation's head, to keep outside Gehoord: a rewritten chain would not end there.
/// </summary>
public static class VerifyChainsCommand
{
    public const string Verb = "verify-chains";

    public const int BrokenExitCode = 3;

    private const int Batch = 500;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GehoordDbContext>();
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = organisations.ToDictionary(o => o.Id, o => o.Name);
        var broken = 0;
        foreach (var organisation in organisations)
        {
            var check = await ChainVerification.OrganisationAsync(db, organisation.Id, cancellationToken).ConfigureAwait(false);
            if (check?.Broken is { } link)
            {
                broken++;
                await output.WriteLineAsync($"KAPOT {organisation.Name}, instellingen: {link.Describe(ChainCheck.ChangeNoun)}").ConfigureAwait(false);
            }
        }

        // Every complaint of every organisation, in batches by id, each timeline checked once.
        var complaints = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Complaints.IgnoreQueryFilters().AsNoTracking().Include(c => c.Timeline).AsSplitQuery();
            var batch = await (after is { } last ? query.Where(c => c.Id.CompareTo(last) > 0) : query)
                .OrderBy(c => c.Id).Take(Batch)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var complaint in batch)
            {
                if (ChainVerification.Of(complaint).Broken is { } link)
                {
                    broken++;
                    await output.WriteLineAsync($"KAPOT {names.GetValueOrDefault(complaint.OrganisationId, complaint.OrganisationId.ToString())}, klacht {complaint.Reference}: {link.Describe(ChainCheck.EventNoun)}").ConfigureAwait(false);
                }
            }

            complaints += batch.Count;
            after = batch[^1].Id;
        }

        await output.WriteLineAsync($"{organisations.Count} organisaties en {complaints} klachten gecontroleerd: {(broken == 0 ? "alle ketens zijn heel" : $"{broken} keten(s) kapot")}.").ConfigureAwait(false);
        foreach (var organisation in organisations)
        {
            await output.WriteLineAsync($"Laatste schakel instellingen {organisation.Name}: {organisation.HistoryLength} {organisation.HistoryHash ?? "-"}").ConfigureAwait(false);
        }

        return broken == 0 ? 0 : BrokenExitCode;
    }
}
