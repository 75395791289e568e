namespace Gehoord.Domain.Deadlines;

/// <summary>A public holiday; <paramref name="Name"/> is the Dutch name shown to staff.</summary>
public sealed record Holiday(DateOnly Date, string Name);
