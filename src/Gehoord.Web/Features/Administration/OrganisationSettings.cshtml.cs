using Gehoord.Domain;
using Gehoord.Domain.Jurisdictions;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Handling;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Features.Administration;

/// <summary>
/// The organisation's settings in one form (so nothing typed is lost between sections): name
/// and public address, rule set, what citizens and letters are told, own targets, two-step
/// sign-in, the letterhead logo, and for the Custom profile its terms, grounds, standards and
/// holidays.
/// </summary>
public sealed class OrganisationSettingsModel(GehoordDbContext db, Clock clock) : AdministrationPageModel(db, clock)
{
    /// <summary>Logos larger than this make letters and pages heavy; a letterhead needs far less.</summary>
    public const int MaxLogoBytes = 512 * 1024;

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public bool HasLogo { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        Input = OrganisationInput.From(Organisation);
    }

    /// <summary>The letterhead logo, for the preview on this page.</summary>
    public async Task<IActionResult> OnGetLogoAsync(CancellationToken cancellationToken)
    {
        var logo = await Db.OrganisationLogos.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return logo is null ? NotFound() : File(logo.Data, logo.ContentType);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var profile = Enum.TryParse<JurisdictionProfileCode>(Input.Profile, out var p) && Enum.IsDefined(p) ? p : (JurisdictionProfileCode?)null;
        if (profile is null)
        {
            ModelState.AddModelError("Input.Profile", "Kies de regeling die voor uw organisatie geldt.");
        }

        var acknowledgement = Input.AcknowledgementTarget.Parse(ModelState, "Input.AcknowledgementTarget", "de ontvangstbevestiging");
        var contact = Input.PersonalContactTarget.Parse(ModelState, "Input.PersonalContactTarget", "het persoonlijk contact");
        var retention = int.TryParse(Input.RetentionYears?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years) ? years : (int?)null;
        if (retention is null)
        {
            ModelState.AddModelError("Input.RetentionYears", "Vul de bewaartermijn in als een aantal jaren, bijvoorbeeld 5.");
        }

        CustomRules? custom = null;
        if (profile == JurisdictionProfileCode.Custom)
        {
            custom = ParseCustom();
        }

        var logo = await ReadLogoAsync(cancellationToken);

        // Tracked before the change, so the history sees the logo as it was.
        await Db.OrganisationLogos.LoadAsync(cancellationToken);
        return await ChangeAsync(
            "Organisatie",
            DescribeWithLogo,
            async (organisation, by) =>
            {
                organisation.Rename(Input.Name ?? string.Empty, Input.Slug ?? string.Empty);
                if (await Db.Organisations.AnyAsync(o => o.Id != organisation.Id && o.Slug == organisation.Slug, cancellationToken))
                {
                    throw new DomainException($"De korte naam '{organisation.Slug}' is al van een andere organisatie. Kies een andere.");
                }

                organisation.ChangeProfile(profile!.Value);
                organisation.SetContact(Input.ContactName, Input.Phone, Input.Email, Input.PostalAddress);
                organisation.SetOmbudsman(Input.OmbudsmanName, Input.OmbudsmanTerm);
                organisation.SetPublicFormIntro(Input.PublicFormIntro);
                organisation.SetTargets(acknowledgement, contact);
                if (custom is not null)
                {
                    organisation.SetCustomRules(custom);
                }

                organisation.RequireTwoFactorFor(Input.TwoFactorRoles.Where(StaffRoles.OrganisationRoles.Contains));
                organisation.SetRetentionYears(retention!.Value);
                await ApplyLogoAsync(organisation.Id, logo, cancellationToken);
            },
            "De instellingen van de organisatie zijn opgeslagen.",
            cancellationToken);
    }

    public ChoiceFieldset ProfileChoices => new(
        "Input.Profile",
        "Regeling",
        [
            new(nameof(JurisdictionProfileCode.NlAwb), JurisdictionProfile.NlAwb.DisplayName, Input.Profile == nameof(JurisdictionProfileCode.NlAwb), "Hoofdstuk 9 Awb: 6 weken (10 met een klachtadviescommissie), verdagen met 4 weken, de Nationale ombudsman."),
            new(nameof(JurisdictionProfileCode.VlBestuursdecreet), JurisdictionProfile.VlBestuursdecreet.DisplayName, Input.Profile == nameof(JurisdictionProfileCode.VlBestuursdecreet), "Titel II hoofdstuk 5: 45 dagen, ontvangst binnen 10 dagen, geen verdaging, de Vlaamse Ombudsdienst."),
            new(nameof(JurisdictionProfileCode.Custom), "Eigen regeling", Input.Profile == nameof(JurisdictionProfileCode.Custom), "Voor wie niet onder de Awb of het Bestuursdecreet valt: u stelt hieronder de termijnen, gronden, normen en feestdagen in."),
        ],
        Hint: "Lopende klachten houden de termijnen die ze al hebben.");

    public ChoiceFieldset TwoFactorChoices => new(
        "Input.TwoFactorRoles",
        "Tweestapsverificatie verplicht voor",
        StaffRoles.OrganisationRoles.Select(r => new ChoiceOption(r, StaffRoles.DutchName(r), Input.TwoFactorRoles.Contains(r))).ToList(),
        Multiple: true,
        Hint: "Wie zo'n rol heeft, moet eerst tweestapsverificatie instellen voordat hij of zij verder kan. Bij inloggen via de eigen organisatie (single sign-on) regelt die organisatie dit.");

    public ChoiceFieldset GroundChoices => new(
        "Input.GroundCodes",
        "Gronden om een klacht niet te behandelen",
        NotHandledGround.Awb.Concat(NotHandledGround.Bestuursdecreet)
            .Select(g => new ChoiceOption(g.Code, g.Description, Input.GroundCodes.Contains(g.Code), g.Article))
            .ToList(),
        Multiple: true);

    public ChoiceFieldset StandardsChoices => new(
        "Input.Standards",
        "Normen voor behoorlijk gedrag",
        [
            new(nameof(StandardsList.Behoorlijkheidswijzer), "De 22 behoorlijkheidsvereisten van de Nationale ombudsman", Input.Standards == nameof(StandardsList.Behoorlijkheidswijzer)),
            new(nameof(StandardsList.Ombudsnormen), "De 14 ombudsnormen van de Vlaamse Ombudsdienst", Input.Standards == nameof(StandardsList.Ombudsnormen)),
        ]);

    public ChoiceFieldset CalendarChoices => new(
        "Input.Calendar",
        "Feestdagen waarop een termijn niet eindigt",
        [
            new(nameof(HolidayCalendarKind.Netherlands), "Nederland (Algemene termijnenwet)", Input.Calendar == nameof(HolidayCalendarKind.Netherlands)),
            new(nameof(HolidayCalendarKind.Belgium), "België", Input.Calendar == nameof(HolidayCalendarKind.Belgium)),
            new(nameof(HolidayCalendarKind.Flanders), "Vlaanderen (België en 11 juli)", Input.Calendar == nameof(HolidayCalendarKind.Flanders)),
        ]);

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken) =>
        HasLogo = await Db.OrganisationLogos.AnyAsync(cancellationToken);

    private IReadOnlyDictionary<string, string> DescribeWithLogo(Organisation organisation)
    {
        var settings = new Dictionary<string, string>(organisation.DescribeSettings(), StringComparer.Ordinal);
        var logo = Db.ChangeTracker.Entries<OrganisationLogo>().FirstOrDefault(e => e.State != EntityState.Deleted)?.Entity;
        settings["Logo"] = logo is null ? string.Empty : $"{logo.ContentType}, {logo.Data.Length / 1024 + 1} kB, {logo.UploadedAt:yyyy-MM-dd HH:mm}";
        return settings;
    }

    private CustomRules? ParseCustom()
    {
        var handling = Input.Handling.Parse(ModelState, "Input.Handling", "de behandeltermijn");
        var committee = Input.HandlingWithCommittee.Parse(ModelState, "Input.HandlingWithCommittee", "de termijn met commissie");
        var notice = Input.NotHandledNotice.Parse(ModelState, "Input.NotHandledNotice", "de melding niet behandelen");
        var extension = Input.MaxExtension.Parse(ModelState, "Input.MaxExtension", "de langste verdaging");
        if (handling is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Handling.Amount", "Vul de behandeltermijn in. Zonder termijn weet de klager niet wanneer hij antwoord krijgt.");
        }

        if (!ModelState.IsValid || handling is null)
        {
            return null;
        }

        return new CustomRules(
            handling.Value,
            committee ?? handling.Value,
            notice ?? Gehoord.Domain.Deadlines.Term.Weeks(4),
            extension,
            Input.GroundCodes,
            Enum.TryParse<StandardsList>(Input.Standards, out var standards) ? standards : StandardsList.Behoorlijkheidswijzer,
            Enum.TryParse<HolidayCalendarKind>(Input.Calendar, out var calendar) ? calendar : HolidayCalendarKind.Netherlands);
    }

    private async Task<(byte[] Data, string ContentType)?> ReadLogoAsync(CancellationToken cancellationToken)
    {
        if (Input.Logo is not { Length: > 0 } file)
        {
            return null;
        }

        if (file.Length > MaxLogoBytes)
        {
            ModelState.AddModelError("Input.Logo", "Het logo is groter dan 512 kB. Kies een kleinere afbeelding (PNG of JPG).");
            return null;
        }

        using var stream = new MemoryStream();
        await file.CopyToAsync(stream, cancellationToken);
        var data = stream.ToArray();

        // The type is read from the content, not from the name or the browser's claim.
        string? type = data is [0x89, 0x50, 0x4E, 0x47, ..] ? "image/png" : data is [0xFF, 0xD8, 0xFF, ..] ? "image/jpeg" : null;
        if (type is null)
        {
            ModelState.AddModelError("Input.Logo", "Het logo moet een PNG- of JPG-afbeelding zijn.");
            return null;
        }

        return (data, type);
    }

    private async Task ApplyLogoAsync(Guid organisationId, (byte[] Data, string ContentType)? logo, CancellationToken cancellationToken)
    {
        var current = await Db.OrganisationLogos.SingleOrDefaultAsync(cancellationToken);
        if (Input.RemoveLogo && current is not null)
        {
            Db.OrganisationLogos.Remove(current);
        }
        else if (logo is { } l)
        {
            if (current is null)
            {
                Db.OrganisationLogos.Add(new OrganisationLogo { OrganisationId = organisationId, ContentType = l.ContentType, Data = l.Data, UploadedAt = Clock.Now });
            }
            else
            {
                current.ContentType = l.ContentType;
                current.Data = l.Data;
                current.UploadedAt = Clock.Now;
            }
        }
    }
}

public sealed class OrganisationInput
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Profile { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? PostalAddress { get; set; }

    public string? OmbudsmanName { get; set; }

    public string? OmbudsmanTerm { get; set; }

    public string? PublicFormIntro { get; set; }

    public TermInput AcknowledgementTarget { get; set; } = new();

    public TermInput PersonalContactTarget { get; set; } = new();

    public List<string> TwoFactorRoles { get; set; } = [];

    /// <summary>As typed, so a wrong value comes back to the field (nothing typed is lost).</summary>
    public string? RetentionYears { get; set; }

    public TermInput Handling { get; set; } = new();

    public TermInput HandlingWithCommittee { get; set; } = new();

    public TermInput NotHandledNotice { get; set; } = new();

    public TermInput MaxExtension { get; set; } = new();

    public List<string> GroundCodes { get; set; } = [];

    public string? Standards { get; set; }

    public string? Calendar { get; set; }

    public IFormFile? Logo { get; set; }

    public bool RemoveLogo { get; set; }

    public static OrganisationInput From(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var rules = organisation.CustomRules ?? CustomRules.Default;
        return new OrganisationInput
        {
            Name = organisation.Name,
            Slug = organisation.Slug,
            Profile = organisation.ProfileCode.ToString(),
            ContactName = organisation.ContactName,
            Phone = organisation.ContactPhone,
            Email = organisation.ContactEmail,
            PostalAddress = organisation.PostalAddress,
            OmbudsmanName = organisation.OmbudsmanName,
            OmbudsmanTerm = organisation.OmbudsmanTerm,
            PublicFormIntro = organisation.PublicFormIntro,
            AcknowledgementTarget = TermInput.From(organisation.AcknowledgementTarget),
            PersonalContactTarget = TermInput.From(organisation.PersonalContactTarget),
            TwoFactorRoles = [.. organisation.TwoFactorRequiredRoles],
            RetentionYears = organisation.RetentionYears.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Handling = TermInput.From(rules.Handling),
            HandlingWithCommittee = TermInput.From(rules.HandlingWithCommittee),
            NotHandledNotice = TermInput.From(rules.NotHandledNotice),
            MaxExtension = rules.MaxExtension is { } max ? TermInput.From(max) : new TermInput { Unit = nameof(Gehoord.Domain.Deadlines.TermUnit.Weeks) },
            GroundCodes = [.. rules.GroundCodes],
            Standards = rules.Standards.ToString(),
            Calendar = rules.Calendar.ToString(),
        };
    }
}
