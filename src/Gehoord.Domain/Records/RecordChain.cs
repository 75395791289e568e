using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gehoord.Domain.Records;

/// <summary>
/// A hash chain over an append-only record (a complaint's timeline, an organisation's
/// configuration history; ADR 20). Each entry stores the SHA-256 of the previous entry's hash
/// and its own canonical content, the first one after <see cref="Genesis"/>; the record's owner
/// stores the last hash and the length (<see cref="ChainHead"/>), so that a removed last entry
/// shows too. Changing, removing or reordering an entry breaks every later link.
/// </summary>
public static class RecordChain
{
    /// <summary>What the first entry links to: a fixed value, the same for every chain.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The length of a stored hash: SHA-256 as lower-case hexadecimal.</summary>
    public const int HashLength = 64;

    /// <summary>
    /// A moment as the chain writes it: UTC to the microsecond. PostgreSQL keeps microseconds,
    /// SQLite ticks; <see cref="Truncate"/> makes every stored moment exact in both.
    /// </summary>
    public static string Moment(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The moment without its part below a microsecond, so that every database stores it as it was hashed.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => at.AddTicks(-(at.UtcTicks % 10));

    /// <summary>The hash of an entry: SHA-256 over the previous hash, a line break and the entry's canonical content.</summary>
    public static string Link(string previousHash, string content)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + content)));
    }

    /// <summary>
    /// Checks a chain from its first entry: the first broken link, or null when every entry is
    /// as it was written. <paramref name="head"/> is what the owner stored after the last
    /// append; without it a removed last entry cannot be seen.
    /// </summary>
    public static ChainBreak? Verify(IEnumerable<ChainEntry> entries, ChainHead? head)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ordered = entries.OrderBy(e => e.Sequence).ToList();
        var total = Math.Max(head?.Length ?? 0, ordered.Count == 0 ? 0 : Math.Max(ordered[^1].Sequence, ordered.Count));
        var previous = Genesis;
        var expected = 1;
        foreach (var entry in ordered)
        {
            if (entry.Sequence > expected)
            {
                return new ChainBreak(expected, total, ChainBreakKind.Removed);
            }

            // A number seen twice, or a hash that is not what the content and the link before it give.
            if (entry.Sequence < expected || !string.Equals(entry.Hash, Link(previous, entry.Content), StringComparison.Ordinal))
            {
                return new ChainBreak(expected, total, ChainBreakKind.Changed);
            }

            previous = entry.Hash!;
            expected++;
        }

        var count = expected - 1;
        if (head is not { } last)
        {
            return null;
        }

        if (last.Length > count)
        {
            return new ChainBreak(count + 1, total, ChainBreakKind.Removed);
        }

        // More entries than the owner knows of, or the last one is not the one the owner sealed.
        if (last.Length < count)
        {
            return new ChainBreak(last.Length + 1, total, ChainBreakKind.Changed);
        }

        return string.Equals(last.Hash, previous, StringComparison.Ordinal) ? null : new ChainBreak(Math.Max(count, 1), total, ChainBreakKind.Changed);
    }
}

/// <summary>One entry as the chain sees it: its number, its canonical content and the hash stored with it (null: never sealed).</summary>
public readonly record struct ChainEntry(int Sequence, string Content, string? Hash);

/// <summary>What the record's owner keeps of its chain: how many entries, and the hash of the last.</summary>
public readonly record struct ChainHead(int Length, string Hash);

public enum ChainBreakKind
{
    /// <summary>The entry's content or hash is not what was sealed (changed, or put in the place of a removed one).</summary>
    Changed,

    /// <summary>There is no entry with this number any more.</summary>
    Removed,
}

/// <summary>The first broken link of a chain: entry <paramref name="Position"/> of <paramref name="Total"/>.</summary>
public sealed record ChainBreak(int Position, int Total, ChainBreakKind Kind)
{
    /// <summary>In plain Dutch, e.g. "Gebeurtenis 7 van 12 is veranderd of verwijderd."</summary>
    public string Describe(string noun) => Kind == ChainBreakKind.Removed
        ? $"{noun} {Position} van {Total} ontbreekt: die is verwijderd."
        : $"{noun} {Position} van {Total} is veranderd of verwijderd.";
}

/// <summary>
/// The canonical content of an entry: every field by name, each value with its length in front
/// (so no value can pass for two), null written apart from empty. Field order is part of the
/// record; never change it for entries that exist.
/// </summary>
public sealed class CanonicalContent
{
    private readonly StringBuilder _text = new();

    public CanonicalContent Add(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        _text.Append(name).Append('=');
        if (value is null)
        {
            _text.Append('-');
        }
        else
        {
            _text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }

        _text.Append('\n');
        return this;
    }

    public CanonicalContent Add(string name, int value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public CanonicalContent Add(string name, Guid value) => Add(name, value.ToString("D"));

    public CanonicalContent Add(string name, DateTimeOffset value) => Add(name, RecordChain.Moment(value));

    public override string ToString() => _text.ToString();
}
