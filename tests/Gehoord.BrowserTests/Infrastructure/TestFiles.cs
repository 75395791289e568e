namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>Small but real files, recognised by their bytes like the ones citizens send.</summary>
public static class TestFiles
{
    /// <summary>A 1×1 transparent PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Writes <paramref name="data"/> to a new temp file with this name; the caller deletes the folder.</summary>
    public static string Write(string fileName, byte[] data)
    {
        var folder = Path.Combine(Path.GetTempPath(), "gehoord-browser-files", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllBytes(path, data);
        return path;
    }
}
