using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Gehoord.BrowserTests.Infrastructure;

/// <summary>One problem the Nu Html Checker found in one document.</summary>
public sealed record HtmlMessage(string Document, string Type, string? SubType, string Message, int? Line, int? Column, string? Extract)
{
    /// <summary>Errors fail the gate; warnings ("info" with subType "warning") do not.</summary>
    public bool IsError => Type is "error" or "non-document-error" || SubType == "fatal";

    public override string ToString() =>
        $"{Document}:{Line}:{Column}: {Type}{(SubType is null ? string.Empty : "/" + SubType)}: {Message}" +
        (Extract is null ? string.Empty : $"\n      «{Extract.ReplaceLineEndings(" ")}»");
}

/// <summary>
/// The Nu Html Checker (vnu.jar from npm, restored by the build) on the machine's Java. Every
/// start of the JVM costs seconds, so documents are checked in batches: one run per flow.
/// </summary>
public static class HtmlChecker
{
    public static string JarPath { get; } = FindJar();

    public static async Task<IReadOnlyList<HtmlMessage>> CheckAsync(IReadOnlyList<(string Name, string Html)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            throw new InvalidOperationException("No documents to check: a flow that checks no HTML proves nothing.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "gehoord-vnu", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < documents.Count; i++)
            {
                var file = Path.Combine(folder, $"{i:00}-{Sanitise(documents[i].Name)}.html");
                await File.WriteAllTextAsync(file, documents[i].Html, new UTF8Encoding(false));
                files[file] = documents[i].Name;
            }

            var start = new ProcessStartInfo("java")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // C1 only starts the JVM in about half the time; the checker then needs a larger stack.
            foreach (var argument in new[] { "-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", JarPath, "--format", "json", "--exit-zero-always" })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var file in files.Keys)
            {
                start.ArgumentList.Add(file);
            }

            using var process = StartJava(start);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var output = (await stderr).Trim();
            if (output.Length == 0)
            {
                output = (await stdout).Trim();
            }

            if (process.ExitCode != 0 || !output.StartsWith('{'))
            {
                throw new InvalidOperationException($"The Nu Html Checker failed (exit {process.ExitCode}):\n{output}\n{await stdout}");
            }

            return Parse(output, files);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process StartJava(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("Could not start java for the Nu Html Checker.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "The Nu Html Checker needs Java (`java` on the PATH); ./test.sh installs default-jre-headless when it is missing.", e);
        }
    }

    private static List<HtmlMessage> Parse(string json, Dictionary<string, string> files)
    {
        using var document = JsonDocument.Parse(json);
        var messages = new List<HtmlMessage>();
        foreach (var message in document.RootElement.GetProperty("messages").EnumerateArray())
        {
            // vnu names a file as "file:/tmp/…/00-name.html".
            var url = Text(message, "url");
            var path = url is not null && url.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(url["file:".Length..]) : url;
            var name = path is not null && files.TryGetValue(path, out var known) ? known : url ?? "(document)";
            messages.Add(new HtmlMessage(
                name,
                Text(message, "type") ?? "error",
                Text(message, "subType"),
                Text(message, "message") ?? string.Empty,
                Number(message, "lastLine"),
                Number(message, "firstColumn") ?? Number(message, "lastColumn"),
                Text(message, "extract")));
        }

        return messages;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

    private static string Sanitise(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    private static string FindJar()
    {
        // The build restores node_modules next to the project file; the tests run from bin/<config>/net10.0.
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            "vnu.jar was not found: the build of tests/Gehoord.BrowserTests runs `npm ci` for it (Node.js and npm must be on the PATH).");
    }
}
