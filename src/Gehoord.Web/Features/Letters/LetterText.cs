namespace Gehoord.Web.Features.Letters;

/// <summary>A letter's subject and text for the on-screen view (preview and case file), in its own language.</summary>
public sealed record LetterText(string Subject, string Body, string Language);
