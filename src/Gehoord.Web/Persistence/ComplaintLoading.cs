using Gehoord.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace Gehoord.Web.Persistence;

public static class ComplaintLoading
{
    /// <summary>
    /// Loads a complaint with everything its transitions need. Always use this before changing a
    /// complaint: the timeline numbers new events after the loaded ones, so a complaint loaded
    /// without its timeline could not record anything.
    /// </summary>
    public static IQueryable<Complaint> WithEverything(this IQueryable<Complaint> complaints) =>
        complaints
            .Include(c => c.Timeline)
            .Include(c => c.Respondents)
            .Include(c => c.Parts)
            .Include(c => c.Attachments)
            .AsSplitQuery();
}
