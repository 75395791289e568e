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
}

/// <summary>What one handler of a case page needs, when not the page's default.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CaseAccessAttribute(CaseAction action) : Attribute
{
    public CaseAction Action { get; } = action;
}
