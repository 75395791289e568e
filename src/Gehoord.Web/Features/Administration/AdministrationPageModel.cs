using Gehoord.Domain;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>
/// The common ground of the administration pages, as <c>HandlingPageModel</c> is for handling:
/// load the administrator's own organisation, run one domain change, record every changed
/// setting in the configuration history (who, when, old, new), save, and on a refusal show the
/// domain's Dutch message with everything the administrator typed kept.
/// </summary>
[Authorize(Roles = StaffRoles.Administrator)]
public abstract class AdministrationPageModel(GehoordDbContext db, Clock clock) : PageModel
{
    protected GehoordDbContext Db => db;

    protected Clock Clock => clock;

    public Organisation Organisation { get; private set; } = default!;

    public string? Message { get; private set; }

    /// <summary>Loads the organisation for showing the page; a message from the last change is shown once.</summary>
    protected async Task ShowAsync(CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        Organisation = await LoadAsync(tracking: false, cancellationToken);
        await LoadExtrasAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="change"/> on the organisation and saves it with its history. The
    /// settings <paramref name="describe"/> names before and after become one history line
    /// each under <paramref name="subject"/>.
    /// </summary>
    protected async Task<IActionResult> ChangeAsync(
        string subject,
        Func<Organisation, IReadOnlyDictionary<string, string>> describe,
        Func<Organisation, Actor, Task> change,
        string success,
        CancellationToken cancellationToken,
        object? routeValues = null)
    {
        ArgumentNullException.ThrowIfNull(describe);
        ArgumentNullException.ThrowIfNull(change);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(null, cancellationToken);
        }

        var organisation = await LoadAsync(tracking: true, cancellationToken);
        var before = describe(organisation);
        var actor = User.ToActor();
        try
        {
            await change(organisation, actor);
            Record(subject, before, describe(organisation), actor);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            return await RedisplayAsync(ex.Message, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A unique name or short name taken at the same moment by someone else.
            return await RedisplayAsync("Dit kon niet worden opgeslagen: de naam is al in gebruik, of iemand anders wijzigde dit net. Controleer het en probeer het opnieuw.", cancellationToken);
        }

        TempData["Message"] = success;
        return RedirectToPage(routeValues);
    }

    protected Task<IActionResult> ChangeAsync(
        string subject,
        Func<Organisation, IReadOnlyDictionary<string, string>> describe,
        Action<Organisation, Actor> change,
        string success,
        CancellationToken cancellationToken,
        object? routeValues = null) =>
        ChangeAsync(
            subject,
            describe,
            (organisation, actor) =>
            {
                change(organisation, actor);
                return Task.CompletedTask;
            },
            success,
            cancellationToken,
            routeValues);

    /// <summary>Adds the history lines for one subject to the unit of work being saved.</summary>
    protected void Record(string subject, IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, Actor actor)
    {
        var at = clock.Now;
        db.ConfigurationChanges.AddRange(ConfigurationChange.Between(db.CurrentOrganisationId, subject, before, after, actor, at, () => Guid.CreateVersion7(at)));
    }

    /// <summary>Shows the page again after a refusal, input kept (model state holds what was typed).</summary>
    protected async Task<IActionResult> RedisplayAsync(string? message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (message is not null)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        Organisation = await LoadAsync(tracking: false, cancellationToken);
        await LoadExtrasAsync(cancellationToken);
        return Page();
    }

    /// <summary>Hook for pages that need more than the organisation (staff lists, open deadlines).</summary>
    protected virtual Task LoadExtrasAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<Organisation> LoadAsync(bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Organisations.Include(o => o.Units).Where(o => o.Id == db.CurrentOrganisationId);
        return await (tracking ? query : query.AsNoTracking()).SingleAsync(cancellationToken);
    }
}
