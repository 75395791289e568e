using Gehoord.Domain.Intake;

namespace Gehoord.Web.Features.Intake;

/// <summary>
/// JSON endpoint behind the live marking on the registration page. It only analyses the text it
/// is sent and stores nothing, so it needs a signed-in staff member but no antiforgery token.
/// </summary>
public static class HiddenComplaintsEndpoint
{
    public sealed record Request(string? Text);

    public static IEndpointRouteBuilder MapHiddenComplaints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/verborgen-klachten", (Request request) =>
                Results.Ok(HiddenComplaintRecogniser.Find(request.Text is { Length: > 20_000 } t ? t[..20_000] : request.Text)))
            .RequireAuthorization()
            .DisableAntiforgery();
        return endpoints;
    }
}
