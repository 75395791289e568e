using Gehoord.Web.Infrastructure;
using Gehoord.Web.Persistence;

namespace Gehoord.Web.Features.Administration;

/// <summary>The administrator's start of the set-up: what there is to arrange, and how far it is.</summary>
public sealed class IndexModel(GehoordDbContext db, Clock clock) : AdministrationPageModel(db, clock)
{
    public int StaffCount { get; private set; }

    public int ChangeCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    protected override async Task LoadExtrasAsync(CancellationToken cancellationToken)
    {
        StaffCount = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(Db.Users, cancellationToken);
        ChangeCount = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(Db.ConfigurationChanges, cancellationToken);
    }
}
