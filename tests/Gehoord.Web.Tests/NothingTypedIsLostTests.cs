using System.Net;
using Gehoord.Domain;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Persistence;
using Gehoord.Web.Tests.Infrastructure;

namespace Gehoord.Web.Tests;

/// <summary>
/// What a person typed survives what others do meanwhile: a reassignment while a handler
/// writes a contact report gives the refusal with the text to copy, not a bare "Geen toegang".
/// </summary>
public abstract class NothingTypedIsLostTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    private static readonly DemoAccount Handler = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Handler);
    private static readonly DemoAccount Coordinator = DemoSeeder.Accounts.Single(a => a.Role == StaffRoles.Coordinator);

    [Fact]
    public async Task A_contact_report_typed_while_the_case_was_reassigned_comes_back_to_copy()
    {
        var handlerId = await factory.UserIdAsync(Handler.Email);
        var id = await ExploringComplaintAsync(Actor.Staff(handlerId, Handler.DisplayName));
        using var handler = await factory.SignedInAsync(Handler);
        var (opened, contactPage) = await handler.GetAsync($"/Staff/Klachten/{id}/contact");
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);

        // Meanwhile the coordinator gives the case to someone else.
        var coordinatorId = await factory.UserIdAsync(Coordinator.Email);
        using (var coordinator = await factory.SignedInAsync(Coordinator))
        {
            var (reassigned, _) = await coordinator.SubmitAsync($"/Staff/Klachten/{id}/toewijzen", new Dictionary<string, string>
            {
                ["Assignment.HandlerId"] = coordinatorId,
                ["Assignment.Reason"] = "Bram is met vakantie.",
            }, "#toewijzen");
            Assert.Equal(HttpStatusCode.Redirect, reassigned.StatusCode);
        }

        const string report = "Mevrouw gebeld. Ze wil dat de container deze week nog wordt vervangen; dat heb ik toegezegd.";
        var (refused, page) = await handler.SubmitLikeBrowserAsync(contactPage, $"/Staff/Klachten/{id}/contact", "#contact-form", "button[type=submit]", new Dictionary<string, string>
        {
            ["Held.Party"] = nameof(ContactParty.Complainant),
            ["Held.Form"] = nameof(ContactForm.Phone),
            ["Held.Date"] = DateTime.Today.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture),
            ["Held.Time"] = "10:15",
            ["Held.Summary"] = report,
        });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("niet opgeslagen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main textarea[readonly]"), t => t.TextContent == report);
        Assert.DoesNotContain((await factory.StoredComplaintAsync(id)).ContactMoments, m => m.Summary == report);
    }

    private async Task<Guid> ExploringComplaintAsync(Actor handler)
    {
        var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using (scope)
        {
            var now = DateTimeOffset.UtcNow;
            var reference = await ReferenceNumbers.NextAsync(db, DemoSeeder.OrganisationId, now.Year, CancellationToken.None);
            var complaint = Complaint.Register(
                Guid.NewGuid(),
                DemoSeeder.OrganisationId,
                reference,
                TrackingCode.New(),
                new ComplaintRegistration(Channel.Phone, ComplaintKind.Complaint, DateOnly.FromDateTime(now.UtcDateTime), "De container is kapot en niemand komt.", new Complainant("A. Jansen", Phone: "06 1234 5678")),
                JurisdictionProfile.NlAwb,
                Actor.System,
                now);
            complaint.AssignHandler(handler, Actor.System, now);
            complaint.StartExploration(handler, now);
            db.Complaints.Add(complaint);
            await db.SaveChangesAsync();
            return complaint.Id;
        }
    }
}

public sealed class SqliteNothingTypedIsLostTests(SqliteFactory factory) : NothingTypedIsLostTests<SqliteFactory>(factory);

public sealed class PostgresNothingTypedIsLostTests(PostgresFactory factory) : NothingTypedIsLostTests<PostgresFactory>(factory);

/// <summary>Which posted values the refusal page gives back to copy.</summary>
public sealed class TypedTextsTests
{
    [Fact]
    public void Typed_words_come_back_even_a_single_name_and_choices_ids_and_the_token_do_not()
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Form = new Microsoft.AspNetCore.Http.FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["__RequestVerificationToken"] = "CfDJ8token",
            ["Held.Party"] = "Complainant",
            ["Held.Form"] = "Phone",
            ["Held.PlannedId"] = Guid.NewGuid().ToString(),
            ["Held.SoundRecordingAnnounced"] = "false",
            ["Details.Name"] = "Jansen",
            ["Held.Summary"] = "Mevrouw gebeld.",
        });

        Assert.Equal(["Jansen", "Mevrouw gebeld."], Gehoord.Web.Features.ErrorModel.TypedTextsOf(context.Request));
    }
}
