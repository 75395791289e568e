using Gehoord.Domain;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Infrastructure;

namespace Gehoord.Web.Features.Installation;

/// <summary>
/// <c>dotnet run --project src/Gehoord.Web -- setup --organisation "Gemeente Zuiderdorp"
/// --profile NL-Awb --admin beheer@zuiderdorp.nl</c>: the first run of an installation, or one
/// more organisation, from a script. Prints the administrator's one-time link; exits 0 when
/// done, 2 when refused (for example: the organisation exists), 1 on wrong arguments.
/// </summary>
public static class SetupCommand
{
    public const string Verb = "setup";

    private static readonly Actor Installer = new("setup", "Installatie (opdrachtregel)");

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var values = Parse(args, error);
        if (values is null || !values.TryGetValue("organisation", out var name) || !values.TryGetValue("admin", out var admin))
        {
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 1;
        }

        JurisdictionProfileCode profile;
        try
        {
            profile = JurisdictionProfile.FromKey(values.GetValueOrDefault("profile") ?? "NL-Awb").Code;
        }
        catch (DomainException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }

        using var scope = services.CreateScope();
        var address = scope.ServiceProvider.GetRequiredService<PublicAddress>();
        try
        {
            var (organisation, invitation, installation) = await scope.ServiceProvider.GetRequiredService<OrganisationSetup>()
                .CreateAsync(name, values.GetValueOrDefault("short-name"), profile, admin, values.GetValueOrDefault("admin-name"), Installer, CancellationToken.None)
                .ConfigureAwait(false);
            await output.WriteLineAsync($"Organisatie '{organisation.Name}' aangemaakt ({organisation.Profile().DisplayName}).").ConfigureAwait(false);
            await output.WriteLineAsync($"Klachtformulier: {address.Link($"/{organisation.Slug}/klacht")}").ConfigureAwait(false);
            await output.WriteLineAsync($"Beheerder: {invitation.User.Email}{(installation ? " (ook installatiebeheerder)" : string.Empty)}").ConfigureAwait(false);
            await output.WriteLineAsync("Eenmalige link om een wachtwoord en tweestapsverificatie in te stellen (24 uur geldig):").ConfigureAwait(false);
            await output.WriteLineAsync(invitation.Link).ConfigureAwait(false);
            if (!address.Configured)
            {
                // Only outside Production: there the app does not start without it.
                await output.WriteLineAsync($"Let op: Gehoord:BaseUrl is niet ingesteld; de link gebruikt {PublicAddress.DevelopmentAddress}.").ConfigureAwait(false);
            }

            return 0;
        }
        catch (DomainException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
    }

    private const string Usage = """
        Gebruik: dotnet run --project src/Gehoord.Web -- setup --organisation "Gemeente Zuiderdorp" --profile NL-Awb --admin beheer@zuiderdorp.nl
          --organisation  naam van de organisatie (verplicht)
          --admin         e-mailadres van de eerste beheerder (verplicht)
          --profile       NL-Awb (standaard), VL-Bestuursdecreet of Custom
          --short-name    korte naam voor het adres /{korte-naam}/klacht (standaard: gemaakt uit de naam)
          --admin-name    naam van de beheerder (standaard: het e-mailadres)
        """;

    private static Dictionary<string, string>? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                error.WriteLine($"Onbekend argument: {arg}");
                return null;
            }

            var key = arg[2..];
            var equals = key.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[key[..equals]] = key[(equals + 1)..];
            }
            else if (i + 1 < args.Count)
            {
                values[key] = args[++i];
            }
            else
            {
                error.WriteLine($"Geef een waarde voor --{key}.");
                return null;
            }
        }

        return values;
    }
}
