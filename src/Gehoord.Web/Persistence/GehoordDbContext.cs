using Gehoord.Domain.Complaints;
using Gehoord.Domain.Letters;
using Gehoord.Domain.Organisations;
using Gehoord.Web.Features.Intake;
using Gehoord.Web.Features.Mail;
using Gehoord.Web.Features.Reminders;
using Gehoord.Web.Identity;
using Gehoord.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Persistence;

/// <summary>
/// The one DbContext of Gehoord. Provider specifics live in <see cref="SqliteGehoordDbContext"/>
/// and <see cref="PostgresGehoordDbContext"/>, each with its own migrations.
/// Every organisation-owned table has a query filter on <see cref="CurrentOrganisationId"/>.
/// </summary>
public abstract class GehoordDbContext : IdentityDbContext<StaffUser, IdentityRole, string>, IDataProtectionKeyContext
{
    private readonly IOrganisationScope? _scope;

    protected GehoordDbContext(DbContextOptions options, IOrganisationScope? scope)
        : base(options)
    {
        _scope = scope;
    }

    /// <summary>Read by the query filters each time a query runs, so it follows the current request.</summary>
    public Guid CurrentOrganisationId => _scope?.OrganisationId ?? Guid.Empty;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<ConfigurationChange> ConfigurationChanges => Set<ConfigurationChange>();

    /// <summary>Who opened which case file, attachment or letter (ADR 21).</summary>
    public DbSet<Gehoord.Domain.Access.AccessLogEntry> AccessLog => Set<Gehoord.Domain.Access.AccessLogEntry>();

    public DbSet<Features.Administration.OrganisationLogo> OrganisationLogos => Set<Features.Administration.OrganisationLogo>();

    public DbSet<ConductArrangement> ConductArrangements => Set<ConductArrangement>();

    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    public DbSet<PendingUpload> PendingUploads => Set<PendingUpload>();

    /// <summary>Not filtered: the dispatcher sends for every organisation.</summary>
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>Not filtered: a lease is for a job that serves every organisation.</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Features.Audit.DestructionRecord> DestructionRecords => Set<Features.Audit.DestructionRecord>();

    /// <summary>Not filtered: sign-in attempts are counted before anyone's organisation is known.</summary>
    public DbSet<Features.Account.SignInCounter> SignInCounters => Set<Features.Account.SignInCounter>();

    /// <summary>The unit rows alone, for counting a unit a person sees whole (<see cref="UnitRow"/>).</summary>
    public DbSet<UnitRow> UnitRows => Set<UnitRow>();

    /// <summary>SQLite only: this connection's temporary search hits (<see cref="SqliteSearchIndex.FillHitsAsync"/>).</summary>
    public DbSet<SearchHit> SearchHits => Set<SearchHit>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(GehoordDbContext).Assembly);
        SqliteSearchIndex.Configure(builder);
        builder.Entity<UnitRow>().HasNoKey().ToView("ComplaintUnits");

        builder.Entity<Unit>().HasQueryFilter(u => u.OrganisationId == CurrentOrganisationId);
        builder.Entity<Complaint>().HasQueryFilter(c => c.OrganisationId == CurrentOrganisationId);
        builder.Entity<ConductArrangement>().HasQueryFilter(a => a.OrganisationId == CurrentOrganisationId);
        builder.Entity<AttachmentContent>().HasQueryFilter(a => a.OrganisationId == CurrentOrganisationId);
        builder.Entity<PendingUpload>().HasQueryFilter(p => p.OrganisationId == CurrentOrganisationId);
        builder.Entity<Notification>().HasQueryFilter(n => n.OrganisationId == CurrentOrganisationId);
        builder.Entity<LetterTemplate>().HasQueryFilter(t => t.OrganisationId == CurrentOrganisationId);
        builder.Entity<ConfigurationChange>().HasQueryFilter(c => c.OrganisationId == CurrentOrganisationId);
        builder.Entity<Gehoord.Domain.Access.AccessLogEntry>().HasQueryFilter(e => e.OrganisationId == CurrentOrganisationId);
        builder.Entity<Features.Audit.DestructionRecord>().HasQueryFilter(r => r.OrganisationId == CurrentOrganisationId);
        builder.Entity<Features.Administration.OrganisationLogo>().HasQueryFilter(l => l.OrganisationId == CurrentOrganisationId);

        // Sign-in looks a user up by e-mail before any organisation is known; once signed in,
        // staff only ever see colleagues of their own organisation.
        builder.Entity<StaffUser>().HasQueryFilter(u => CurrentOrganisationId == Guid.Empty || u.OrganisationId == CurrentOrganisationId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseChangedSentLetters();
        RecordChains.RefuseChangedRecords(this);
        foreach (var (organisationId, changes) in RecordChains.UnchainedChanges(this))
        {
            (Organisations.Find(organisationId) ?? throw new InvalidOperationException("A configuration change needs its organisation.")).AppendToHistory(changes);
        }

        UnitCopies.Refresh(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseChangedSentLetters();
        RecordChains.RefuseChangedRecords(this);
        foreach (var (organisationId, changes) in RecordChains.UnchainedChanges(this))
        {
            var organisation = await Organisations.FindAsync([organisationId], cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("A configuration change needs its organisation.");
            organisation.AppendToHistory(changes);
        }

        UnitCopies.Refresh(this);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A sent letter is evidence of what the citizen received: no code path may update it or
    /// remove it without its complaint. The domain offers no way to change one; this catches any
    /// other tracked change (bulk ExecuteUpdate bypasses it; Gehoord uses none on letters).
    /// </summary>
    /// <summary>
    /// Set by the anonymisation only (ADR 24): after the retention term a sent letter's text is
    /// destroyed, the one change a sent letter may undergo.
    /// </summary>
    internal bool DestroyingLetterTexts { get; set; }

    private void RefuseChangedSentLetters()
    {
        if (DestroyingLetterTexts)
        {
            return;
        }

        // Entries() runs change detection, so each kind is asked for once.
        var changed = ChangeTracker.Entries<SentLetter>().Where(e => e.State is EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var deletedComplaints = ChangeTracker.Entries<Complaint>().Where(c => c.State == EntityState.Deleted).Select(c => c.Entity.Id).ToHashSet();
        if (changed.Any(e => e.State == EntityState.Modified || !deletedComplaints.Contains(e.Property<Guid>("ComplaintId").CurrentValue)))
        {
            throw new InvalidOperationException("A sent letter cannot be changed or removed.");
        }
    }
}
