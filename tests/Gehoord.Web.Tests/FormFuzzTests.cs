using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Gehoord.Web.Features.Demo;
using Gehoord.Web.Identity;
using Gehoord.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Gehoord.Web.Tests;

/// <summary>
/// Every form of the public and staff pages, posted with generated values: the field missing,
/// empty, blank, extreme dates and times, huge and odd strings, ids that do not exist. No
/// answer may be a server error (5xx) or the generic error page; input is never a reason to
/// fail. The values are chosen by a fixed seed, so a failure repeats with the same request.
/// How many requests were sent is written to the test output (and to the console for test.sh).
/// </summary>
public abstract class FormFuzzTests<TFactory>(TFactory factory, ITestOutputHelper output) : IClassFixture<TFactory>
    where TFactory : GehoordFactory
{
    /// <summary>Values that have caused trouble in forms before, or are likely to.</summary>
    private static readonly string[] OddValues =
    [
        string.Empty,
        "   ",
        "0",
        "-1",
        "2147483648",
        "99999999999999999999",
        "1-1-0001",
        "01-01-0001",
        "31-12-9999",
        "0001-01-01",
        "29-02-2025",
        "32-13-2026",
        "15032026",
        "00:00",
        "00:19",
        "23:59",
        "24:00",
        "7:5",
        "true",
        "ja",
        "00000000-0000-0000-0000-000000000000",
        "not-a-guid",
        "Ĳsselmeer — ‘aanhalingstekens’ <b>vet</b> 🙂 \u200f\u202e",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        // Not "\u0000": ASP.NET Core's form reader refuses it before any page code runs (a 400,
        // dotnet/aspnetcore#19962), and no browser sends it from a field.
        "\u0001",
        "line\r\nbreak",
        new string('x', 20_000),
    ];

    /// <summary>Fields a page only renders in some states (kept uploads after an error), sent anyway.</summary>
    private static readonly Dictionary<string, string[]> HiddenFields = new(StringComparer.Ordinal)
    {
        ["/klacht"] = ["Input.KeptUploads"],
        ["/en/complaint"] = ["Input.KeptUploads"],
    };

    private static readonly string[] SkippedActions = ["/Account/Logout", "/Account/Manage"];

    [Fact]
    public async Task Every_form_answers_generated_input_without_a_server_error()
    {
        var random = new Random(20261202);
        var failures = new List<string>();
        var sent = 0;
        var forms = 0;

        var complaintIds = await DemoComplaintIdsAsync();
        var casePages = complaintIds.SelectMany(id => new[]
        {
            $"/Staff/Klachten/{id}", $"/Staff/Klachten/{id}/toewijzen", $"/Staff/Klachten/{id}/verkennen",
            $"/Staff/Klachten/{id}/contact", $"/Staff/Klachten/{id}/oplossen", $"/Staff/Klachten/{id}/onderzoek",
            $"/Staff/Klachten/{id}/termijnen", $"/Staff/Klachten/{id}/afronden", $"/Staff/Klachten/{id}/gedragslijn",
        }).ToList();

        var visits = new List<(DemoAccount? Account, IReadOnlyList<string> Pages)>
        {
            (null, ["/klacht", "/en/complaint", "/volgen", "/en/track", "/Account/Login"]),
            (Account(StaffRoles.Employee), ["/Staff/Registreren"]),
            (Account(StaffRoles.Handler), casePages),
            (Account(StaffRoles.Coordinator), [.. casePages.Where((_, i) => i % 3 == 0), "/Staff/Inbox", "/Staff/Meldingen", .. complaintIds.Take(2).Select(id => $"/Staff/Klachten/{id}/vertrouwelijk"), "/Staff/Toezicht/Inzage"]),
            (Account(StaffRoles.PrivacyOfficer), ["/Staff/Toezicht/Inzage"]),
            (Account(StaffRoles.Committee), [.. casePages.Where(p => p.EndsWith("/onderzoek", StringComparison.Ordinal))]),
            (Account(StaffRoles.Administrator), ["/Staff/Beheer/Organisatie", "/Staff/Beheer/Medewerkers", "/Staff/Beheer/Afdelingen", "/Staff/Beheer/Vrije-dagen", "/Staff/Beheer/Brieven"]),
        };

        foreach (var (account, pages) in visits)
        {
            using var browser = account is null ? new Browser(factory) : await factory.SignedInAsync(account);
            foreach (var page in pages)
            {
                var (response, document) = await browser.GetAsync(page);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    continue;
                }

                var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
                foreach (var form in document.QuerySelectorAll("main form").OfType<IHtmlFormElement>())
                {
                    var action = FormAction(form, page);
                    if (SkippedActions.Any(s => action.StartsWith(s, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    forms++;
                    var targets = Targets(form, page);
                    foreach (var (target, values) in targets.SelectMany((t, i) => Variants(form, page, random, everyField: i == 0).Select(v => (t, v))))
                    {
                        // The antiforgery token is the session's, not the form's: the page's token
                        // serves every post. A form whose step has meanwhile been taken is still
                        // posted, as a second browser tab would.
                        values.RemoveAll(v => v.Key == "__RequestVerificationToken");
                        values.Add(new("__RequestVerificationToken", token));
                        var isGet = string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase);
                        using var request = isGet
                            ? new HttpRequestMessage(HttpMethod.Get, new Uri(target.Split('?')[0] + "?" + await new FormUrlEncodedContent(values).ReadAsStringAsync(), UriKind.Relative))
                            : new HttpRequestMessage(HttpMethod.Post, new Uri(target, UriKind.Relative)) { Content = new FormUrlEncodedContent(values) };
                        using var answer = await browser.Http.SendAsync(request);
                        sent++;
                        var body = await answer.Content.ReadAsStringAsync();
                        var errors = factory.Errors.Drain();
                        if ((int)answer.StatusCode >= 500 || answer.StatusCode == HttpStatusCode.BadRequest || body.Contains("Er ging iets mis", StringComparison.Ordinal) || body.Contains("Something went wrong", StringComparison.Ordinal))
                        {
                            failures.Add($"{(int)answer.StatusCode} {request.Method} {target} as {account?.Role ?? "citizen"} from {page.Split('/').Last()}: {(errors.Count > 0 ? errors[0] : Problem(body))} | {Describe(values)}");
                        }
                    }
                }
            }
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"Form fuzz ({factory.Provider}): {sent} requests to {forms} forms, {failures.Count} failed.");
        output.WriteLine(summary);
        // test.sh prints this file after the run: xunit keeps a passing test's output to itself.
        var report = Path.Combine(Path.GetTempPath(), "gehoord-tests", $"form-fuzz-{factory.Provider}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        await File.WriteAllTextAsync(report, summary + Environment.NewLine);
        Assert.True(sent > 500, $"The fuzz test sent only {sent} requests: the pages it visits no longer have forms.");
        // One example per kind of failure: the same form fails the same way on every complaint.
        var kinds = failures
            .GroupBy(f => System.Text.RegularExpressions.Regex.Replace(f.Split(" | ")[0], "[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"))
            .Select(g => $"{g.Key} ({g.Count()}x) | {g.First().Split(" | ")[1]}");
        Assert.True(failures.Count == 0, summary + Environment.NewLine + string.Join(Environment.NewLine, kinds));
    }

    private static DemoAccount Account(string role) => DemoSeeder.Accounts.Single(a => a.Role == role);

    private async Task<List<Guid>> DemoComplaintIdsAsync()
    {
        using var db = factory.CreateDbContext(DemoSeeder.OrganisationId, out var scope);
        using var _ = scope;
        // One complaint per stage and kind: the forms differ by stage, not by complaint, and
        // every form of every demo complaint would take minutes.
        var complaints = await db.Complaints.OrderBy(c => c.ReferenceSequence).Select(c => new { c.Id, c.Status, c.Kind }).ToListAsync();
        return [.. complaints.GroupBy(c => (c.Status, c.Kind)).SelectMany(g => g.Take(1)).Select(c => c.Id)];
    }

    private static string FormAction(IHtmlFormElement form, string page) =>
        string.IsNullOrEmpty(form.GetAttribute("action")) ? page : form.GetAttribute("action")!;

    /// <summary>
    /// The submissions tried per form: nothing but the token; every field empty; every field
    /// blank; then rounds in which each field gets an odd value while the others keep what the
    /// page filled in, so that one bad field at a time meets otherwise sensible input.
    /// </summary>
    private static IEnumerable<List<KeyValuePair<string, string>>> Variants(IHtmlFormElement form, string page, Random random, bool everyField)
    {
        var names = FieldNames(form);
        names.AddRange(HiddenFields.GetValueOrDefault(page) ?? []);
        yield return [];
        yield return [.. names.Select(n => new KeyValuePair<string, string>(n, string.Empty))];
        yield return [.. names.Select(n => new KeyValuePair<string, string>(n, "  "))];
        for (var round = 0; round < (everyField ? 3 : 1); round++)
        {
            var values = PageValues(form);
            foreach (var name in names)
            {
                values[name] = OddValues[random.Next(OddValues.Length)];
            }

            yield return [.. values];
        }

        foreach (var name in everyField ? names : [])
        {
            var values = PageValues(form);
            values[name] = OddValues[random.Next(OddValues.Length)];
            yield return [.. values];
        }
    }

    /// <summary>Where the form's buttons send it: the form's action, and each button's own formaction.</summary>
    private static List<string> Targets(IHtmlFormElement form, string page) =>
        [.. new[] { FormAction(form, page) }
            .Concat(form.QuerySelectorAll("button[formaction], input[formaction]").Select(b => b.GetAttribute("formaction")!))
            .Where(t => !SkippedActions.Any(s => t.StartsWith(s, StringComparison.Ordinal)))
            .Distinct()];

    private static List<string> FieldNames(IHtmlFormElement form) =>
        [.. form.QuerySelectorAll("input, textarea, select")
            .Select(e => e.GetAttribute("name"))
            .Where(n => !string.IsNullOrEmpty(n) && n != "__RequestVerificationToken")
            .Select(n => n!)
            .Distinct()];

    /// <summary>What a browser would send for the form as the page filled it in.</summary>
    private static Dictionary<string, string> PageValues(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name)))
        {
            if (input.Type is "radio" or "checkbox" ? input.IsChecked : input.Type is not ("submit" or "button" or "file"))
            {
                values[input.Name!] = input.Value;
            }
        }

        foreach (var area in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>().Where(a => !string.IsNullOrEmpty(a.Name)))
        {
            values[area.Name!] = area.Value;
        }

        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>().Where(s => !string.IsNullOrEmpty(s.Name)))
        {
            values[select.Name!] = select.Value ?? string.Empty;
        }

        return values;
    }

    /// <summary>The exception the developer page names (the tests run in Development), or the page's heading.</summary>
    private static string Problem(string body)
    {
        var match = System.Text.RegularExpressions.Regex.Match(body, "class=\"titleerror\">(?<e>[^<]*)<|<h1[^>]*>(?<e>[^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["e"].Value).Trim() : string.Empty;
    }

    private static string Describe(List<KeyValuePair<string, string>> values) =>
        Shorten(string.Join(", ", values.Where(v => v.Key != "__RequestVerificationToken").Select(v => $"{v.Key}={Shorten(v.Value, 30)}")), 400);

    private static string Shorten(string text, int length) => text.Length > length ? text[..length] + "…" : text;
}

public sealed class SqliteFormFuzzTests(SqliteFactory factory, ITestOutputHelper output) : FormFuzzTests<SqliteFactory>(factory, output);

public sealed class PostgresFormFuzzTests(PostgresFactory factory, ITestOutputHelper output) : FormFuzzTests<PostgresFactory>(factory, output);
