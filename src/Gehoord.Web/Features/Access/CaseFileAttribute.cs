using Gehoord.Domain.Access;

namespace Gehoord.Web.Features.Access;

/// <summary>
/// Marks a page about one case file (route value <c>id</c>): <see cref="CaseAccessFilter"/> asks
/// the access policy before any handler runs. Reading (GET) needs <see cref="Read"/>, every
/// form (POST) needs <see cref="Change"/>, unless a handler method says otherwise with
/// <see cref="CaseAccessAttribute"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CaseFileAttribute : Attribute
{
    public CaseAction Read { get; init; } = CaseAction.Read;

    public CaseAction Change { get; init; } = CaseAction.Handle;

    /// <summary>What the access log calls an opening of this page (ADR 21); <see cref="Logged"/> false for a page that shows no content.</summary>
    public AccessItem Item { get; init; } = AccessItem.HandlingPage;

    public bool Logged { get; init; } = true;
}

/// <summary>
/// A handler that hands out an item of the case (an attachment, a letter as PDF): the access log
/// names its kind, and the item by the handler's argument <see cref="ItemArgument"/>. A POST with
/// this attribute is logged too (a draft letter is downloaded by posting its text).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AccessLoggedAttribute(AccessItem item) : Attribute
{
    public AccessItem Item { get; } = item;

    /// <summary>The name of the handler's argument (or route value) that holds the item's id.</summary>
    public string? ItemArgument { get; init; }
}

/// <summary>What one handler of a case page needs, when not the page's default.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CaseAccessAttribute(CaseAction action) : Attribute
{
    public CaseAction Action { get; } = action;
}
