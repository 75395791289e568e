using System.Security.Claims;
using Gehoord.Domain;
using Gehoord.Domain.Access;
using Gehoord.Domain.Complaints;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Handling;

/// <summary>
/// The common ground of the handling pages (assign, explore, solve, investigate, close): load
/// the complaint of this organisation, check who may act, run one domain transition, save it,
/// and on a refusal show the domain's Dutch message with everything the user typed kept.
/// </summary>
[Access.CaseFile]
public abstract class HandlingPageModel(GehoordDbContext db, Clock clock) : PageModel
{
    protected GehoordDbContext Db => db;

    protected Clock Clock => clock;

    public Complaint Complaint { get; private set; } = default!;

    public JurisdictionProfile Profile { get; private set; } = default!;

    public Organisation Organisation { get; private set; } = default!;

    public DateOnly Today => clock.Today;

    public string? Message { get; private set; }

    /// <summary>The handler of the complaint, or a coordinator, may change it; everyone else may read.</summary>
    public bool MayHandle => MayHandleComplaint(User, Complaint);

    /// <summary>
    /// One rule for every page that changes a case or writes its letters: the access policy's
    /// <see cref="CaseAction.Handle"/> (the case's handler or a coordinator, never a respondent).
    /// </summary>
    public static bool MayHandleComplaint(ClaimsPrincipal user, Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(complaint);
        var member = Access.CaseAccessService.MemberFrom(user, new HashSet<Guid>());
        return CaseAccessPolicy.May(member, CaseFacts.Of(complaint), CaseAction.Handle).Level != CaseAccessLevel.None;
    }

    /// <summary>Whether the signed-in user may change something on this page (its own rule, see <see cref="MayAct"/>).</summary>
    public bool MayChange => MayAct();

    public DateTimeOffset ToLocal(DateTimeOffset moment) => clock.ToLocal(moment);

    /// <summary>
    /// Handling pages use the wide layout: on a desktop their sections stand in two columns
    /// (<c>gh-columns</c>), so no page grows past a few screens (issue 16: at most 3,000 px).
    /// </summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        ViewData["Wide"] = true;
        base.OnPageHandlerExecuting(context);
    }

    /// <summary>Shows the page for complaint <paramref name="id"/>, or 404 when this organisation has no such complaint.</summary>
    protected async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        Message = TempData["Message"] as string;
        return await LoadAsync(id, tracking: false, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>
    /// A one-form page of decisions posted without a decision's button (only a hand-made request:
    /// a browser sends the button pressed, and the form's default button takes no decision,
    /// ADR 17): the page again with everything typed, nothing decided and nothing refused.
    /// </summary>
    protected Task<IActionResult> ShowTypedAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return ShowAsync(id, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="action"/> on the complaint and saves it. Input errors found by model
    /// binding and refusals by the domain come back on the same page, input kept; success
    /// redirects (post-redirect-get) with <paramref name="success"/> as the message.
    /// </summary>
    protected Task<IActionResult> ActAsync(
        Guid id,
        Func<Complaint, Actor, DateTimeOffset, Task> action,
        string success,
        CancellationToken cancellationToken,
        bool backToCase = false,
        Func<bool>? mayAct = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return ActAsync(
            id,
            async (complaint, actor, at) =>
            {
                await action(complaint, actor, at);
                return success;
            },
            backToCase ? "/Cases/Details" : null,
            mayAct,
            cancellationToken);
    }

    protected Task<IActionResult> ActAsync(Guid id, Action<Complaint, Actor, DateTimeOffset> action, string success, CancellationToken cancellationToken, bool backToCase = false, Func<bool>? mayAct = null) =>
        ActAsync(
            id,
            (complaint, actor, at) =>
            {
                action(complaint, actor, at);
                return Task.CompletedTask;
            },
            success,
            cancellationToken,
            backToCase,
            mayAct);

    /// <summary>
    /// Runs several steps as one save: <paramref name="action"/> returns the message that says
    /// what was saved, and the handler lands on <paramref name="nextPage"/> (this page when null),
    /// where the next step is. One refusal saves none of it.
    /// </summary>
    protected Task<IActionResult> ActAsync(Guid id, Func<Complaint, Actor, DateTimeOffset, string> action, string? nextPage, CancellationToken cancellationToken, Func<bool>? mayAct = null) =>
        ActAsync(id, (complaint, actor, at) => Task.FromResult(action(complaint, actor, at)), nextPage, mayAct, cancellationToken);

    /// <summary>As above, for a save that must read more (arrangements) before it acts; stays on this page.</summary>
    protected Task<IActionResult> ActAsync(Guid id, Func<Complaint, Actor, DateTimeOffset, Task<string>> action, CancellationToken cancellationToken) =>
        ActAsync(id, action, nextPage: null, mayAct: null, cancellationToken);

    private async Task<IActionResult> ActAsync(
        Guid id,
        Func<Complaint, Actor, DateTimeOffset, Task<string>> action,
        string? nextPage,
        Func<bool>? mayAct,
        CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tracking: true, cancellationToken))
        {
            return NotFound();
        }

        if (!(mayAct ?? MayAct)())
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, message: null, cancellationToken);
        }

        string success;
        try
        {
            success = await action(Complaint, User.ToActor(), clock.Now);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            return await RedisplayAsync(id, ex.Message, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people changed the case at the same moment: the timeline position was taken.
            return await RedisplayAsync(id, "Iemand anders heeft dit dossier net gewijzigd. Bekijk het dossier en probeer het opnieuw.", cancellationToken);
        }

        TempData["Message"] = success;
        return nextPage is null ? RedirectToPage(new { id }) : RedirectToPage(nextPage, new { id });
    }

    /// <summary>
    /// Validates only the forms (or parts of one form) named <paramref name="prefixes"/>. A post
    /// without any of that form's fields leaves nothing for model binding to check, so the
    /// form's input object is then validated as it stands: a missing required field gets its
    /// Dutch message instead of reaching the action empty.
    /// </summary>
    protected void ValidateOnly(params string[] prefixes)
    {
        ModelState.ValidateOnly(prefixes);
        foreach (var prefix in prefixes)
        {
            var bound = ModelState.Keys.Any(k => HandlingInput.Belongs(k, prefix));
            if (!bound && GetType().GetProperty(prefix)?.GetValue(this) is { } input)
            {
                TryValidateModel(input, prefix);
            }
        }
    }

    /// <summary>
    /// On a one-form page: the parts that came back with something new in them. Only those are
    /// validated and saved, so an untouched part is never a mistake and never overwritten.
    /// </summary>
    protected ISet<string> TypedParts { get; } = new HashSet<string>(StringComparer.Ordinal);

    protected void Typed(string part, bool typed)
    {
        if (typed)
        {
            TypedParts.Add(part);
        }
    }

    /// <summary>
    /// The message after a one-form save: what was saved ("Vastgelegd: de kern, de les."), then
    /// what the step did, or that there was nothing new.
    /// </summary>
    protected static string SavedMessage(IReadOnlyCollection<string> saved, string? step = null)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var what = saved.Count == 0 ? null : "Vastgelegd: " + string.Join(", ", saved) + ".";
        return step is null ? what ?? "Er was niets nieuws om op te slaan." : what is null ? step : what + " " + step;
    }

    /// <summary>A date the step needs: parsed, or a Dutch message with an example under <paramref name="key"/>.</summary>
    protected DateOnly RequiredDate(string? text, string key, string what)
    {
        if (HandlingInput.TryParseDate(text, out var date))
        {
            return date;
        }

        ModelState.AddModelError(key, $"{what}, bijvoorbeeld {HandlingInput.Date(Today)}.");
        return default;
    }

    protected DateOnly? OptionalDate(string? text, string key, string what) =>
        string.IsNullOrWhiteSpace(text) ? null : RequiredDate(text, key, what);

    /// <summary>Who may run a transition on this page; pages with other rules (taking a complaint) override it.</summary>
    protected virtual bool MayAct() => MayHandle;

    /// <summary>Hook for pages that need more data than the complaint (staff lists, arrangements).</summary>
    protected virtual Task LoadExtrasAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<IActionResult> RedisplayAsync(Guid id, string? message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (message is not null)
        {
            ModelState.AddModelError(string.Empty, message);
        }

        return await LoadAsync(id, tracking: false, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, bool tracking, CancellationToken cancellationToken)
    {
        var query = db.Complaints.WithEverything();
        var complaint = await (tracking ? query : query.AsNoTracking()).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return false;
        }

        Complaint = complaint;
        Organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == complaint.OrganisationId, cancellationToken);
        Profile = Organisation.Profile();
        await LoadExtrasAsync(cancellationToken);
        return true;
    }
}
