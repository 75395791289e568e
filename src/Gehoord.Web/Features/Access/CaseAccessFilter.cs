using System.Reflection;
using Gehoord.Domain.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Gehoord.Web.Features.Access;

/// <summary>
/// The one gate in front of every case page, download and letter (ADR 10): the page declares
/// what it needs (<see cref="CaseFileAttribute"/>), this filter asks the policy and answers 403
/// with the reason before the page loads anything. A case of another organisation stays a 404.
/// Every opening it lets through, and every refusal, is one line in the access log, written
/// before the page runs: when the line cannot be written, the file is not shown (ADR 21).
/// </summary>
public sealed class CaseAccessFilter : IAsyncPageFilter
{
    /// <summary>Where the refusal's reason waits for the error page that renders the 403.</summary>
    public const string ReasonKey = "gehoord:access-refusal";

    /// <summary>The decision for this request, for pages that show less at a lower level.</summary>
    public const string DecisionKey = "gehoord:access-decision";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var page = context.ActionDescriptor.ModelTypeInfo?.GetCustomAttribute<CaseFileAttribute>(inherit: true);
        if (page is null || !Guid.TryParse(context.RouteData.Values["id"]?.ToString(), out var id))
        {
            await next();
            return;
        }

        var action = context.HandlerMethod?.MethodInfo.GetCustomAttribute<CaseAccessAttribute>()?.Action
            ?? (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method) ? page.Read : page.Change);
        var access = context.HttpContext.RequestServices.GetRequiredService<CaseAccessService>();
        var decision = await access.MayAsync(id, action, context.HttpContext.RequestAborted);
        if (decision is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        var handler = context.HandlerMethod?.MethodInfo.GetCustomAttribute<AccessLoggedAttribute>();
        var reading = HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method);
        if (page.Logged && (reading || handler is not null))
        {
            await context.HttpContext.RequestServices.GetRequiredService<AccessLogWriter>().WriteAsync(
                id, handler?.Item ?? page.Item, ItemId(context, handler?.ItemArgument), refused: decision.Level == CaseAccessLevel.None, context.HttpContext.RequestAborted);
        }

        if (decision.Level == CaseAccessLevel.None)
        {
            context.HttpContext.Items[ReasonKey] = decision.Reason;
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        context.HttpContext.Items[DecisionKey] = decision;
        await next();
    }

    /// <summary>The attachment or letter asked for, from the handler's bound argument or the route; null when none.</summary>
    private static Guid? ItemId(PageHandlerExecutingContext context, string? argument)
    {
        if (argument is null)
        {
            return null;
        }

        if (context.HandlerArguments.TryGetValue(argument, out var bound) && bound is Guid value)
        {
            return value;
        }

        return Guid.TryParse(context.RouteData.Values[argument]?.ToString(), out var routed) ? routed : null;
    }
}
